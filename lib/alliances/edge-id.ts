/** "KP-RU" names the edge between two actors whatever the order they are given in. */
export const edgeIdOf = (a: string, b: string) => [a, b].sort().join('-');
