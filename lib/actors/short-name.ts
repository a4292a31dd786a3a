/** "North Korea (Democratic People's Republic of Korea, DPRK)" → "North Korea": the seed's
 * names carry their long forms in parentheses; lists and charts show the short one. */
export const shortActorName = (name: string) => name.replace(/\s*\(.*\)\s*$/, '');
