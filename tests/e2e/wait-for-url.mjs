// Waits until a URL answers 200 (at most 5 minutes): the empty-log server of the end-to-end
// tests starts after the first one, so that only one `npm start` builds the app.
const url = process.argv[2];
const until = Date.now() + 300_000;
while (Date.now() < until) {
  try {
    if ((await fetch(url)).ok) process.exit(0);
  } catch {
    // not up yet
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
}
console.error(`${url} did not answer in 5 minutes`);
process.exit(1);
