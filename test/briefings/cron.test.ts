// node-cron really drives production ticks: one task per (time, zone), in that zone, whose next
// run is the planner's next run.
import { afterEach, describe, expect, it } from 'vitest';
import { CronDriver, cronExpression } from '../../src/briefings/cron.js';
import { nextRun } from '../../src/briefings/planner.js';
import { silent } from './fixtures/harness.js';

let driver: CronDriver | undefined;
afterEach(() => driver?.stop());

describe('cron driver', () => {
  it('keeps one node-cron task per distinct time and zone, firing at the planner\'s next run', () => {
    driver = new CronDriver(() => {}, silent);
    const subs = [
      { time: '08:00', timezone: 'Europe/Berlin', status: 'active' as const },
      { time: '08:00', timezone: 'Europe/Berlin', status: 'active' as const },
      { time: '08:00', timezone: 'America/New_York', status: 'active' as const },
      { time: '09:15', timezone: 'Asia/Tokyo', status: 'paused' as const },
    ];
    driver.sync(subs);
    expect([...driver.tasks.keys()].sort()).toEqual(['08:00|America/New_York', '08:00|Europe/Berlin']);
    for (const [k, task] of driver.tasks) {
      const [time, timezone] = k.split('|') as [string, string];
      expect(task.getPattern()).toBe(cronExpression(time));
      expect(task.getNextRun()?.toISOString()).toBe(nextRun({ time, timezone }, new Date())!.at.toISOString());
    }
    driver.sync(subs.slice(2));
    expect([...driver.tasks.keys()]).toEqual(['08:00|America/New_York']);
    driver.stop();
    expect(driver.tasks.size).toBe(0);
  });

  it('writes cron expressions minute-first', () => {
    expect(cronExpression('08:05')).toBe('5 8 * * *');
    expect(cronExpression('23:59')).toBe('59 23 * * *');
  });
});
