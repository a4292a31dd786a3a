import ReactMarkdown from 'react-markdown';

/**
 * Renders editor-written markdown for readers. react-markdown never renders raw HTML
 * (it is shown as text) and its default URL transform drops javascript: and other
 * unsafe link schemes, so a summary cannot run script.
 */
export function Markdown({ children }: { children: string }) {
  return (
    <div className="prose">
      <ReactMarkdown
        components={{
          a: ({ href, children: text }) => (
            <a href={href} rel="noopener noreferrer nofollow">
              {text}
            </a>
          ),
        }}
      >
        {children}
      </ReactMarkdown>
    </div>
  );
}
