import { describe, expect, test } from 'vitest';
import { fieldErrorsOf } from './errors.ts';
import { tradeQuerySchema, tradeQueryToParams } from './trade.ts';

describe('tradeQuerySchema', () => {
  test('defaults to North Korea–China and –Russia totals, linear, absolute', () => {
    expect(tradeQuerySchema.parse({})).toMatchObject({
      series: ['KP-CN', 'KP-RU'],
      flow: 'total',
      scale: 'linear',
      mode: 'absolute',
      chart: 'line',
      markers: 'on',
    });
  });

  test('reads comma lists and coerces years', () => {
    const q = tradeQuerySchema.parse({
      series: 'KP-CN, KP-RU,KP-CN',
      from: '2010',
      to: '2024',
      tag: 'sanctions,military',
    });
    expect(q).toMatchObject({
      series: ['KP-CN', 'KP-RU'],
      from: 2010,
      to: 2024,
      tag: ['sanctions', 'military'],
    });
  });

  test.each([
    [{ series: 'kp-cn' }, 'series.0'],
    [{ series: '' }, 'series'],
    [{ flow: 'both' }, 'flow'],
    [{ from: 'last year' }, 'from'],
    [{ from: '2020', to: '2010' }, 'to'],
    [{ scale: 'log', mode: 'yoy' }, 'scale'],
    [{ scale: 'cubic' }, 'scale'],
    [{ actor: 'R U' }, 'actor.0'],
  ])('%o is rejected naming %s', (input, field) => {
    const result = tradeQuerySchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(Object.keys(fieldErrorsOf(result.error!))).toContain(field);
  });

  test('round-trips through URL parameters, defaults left out', () => {
    const q = tradeQuerySchema.parse({
      series: 'KP-RU',
      from: '2015',
      scale: 'log',
      tag: 'sanctions',
    });
    const params = tradeQueryToParams(q);
    expect(params.toString()).toBe('series=KP-RU&from=2015&scale=log&tag=sanctions');
    expect(tradeQuerySchema.parse(Object.fromEntries(params))).toEqual(q);
  });
});
