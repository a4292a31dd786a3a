// Server chart export time: median and p95 over repeated sequential requests against a
// running app. Usage: tsx scripts/bench-chart-export.ts [baseUrl] [requests] [path]
const base = process.argv[2] ?? 'http://127.0.0.1:3000';
const count = Number(process.argv[3] ?? 20);
const path = process.argv[4] ?? '/api/charts/trade.png?series=KP-CN,KP-RU&from=2010&to=2024';

const times: number[] = [];
await (await fetch(base + path)).arrayBuffer(); // warm-up: first request compiles and connects
for (let i = 0; i < count; i++) {
  const start = performance.now();
  const res = await fetch(base + path);
  await res.arrayBuffer();
  if (!res.ok) throw new Error(`${path} → ${res.status}`);
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
console.log(
  `${path}: ${count} requests, median ${at(0.5).toFixed(0)} ms, p95 ${at(0.95).toFixed(0)} ms, min ${times[0].toFixed(0)} ms`,
);

export {};
