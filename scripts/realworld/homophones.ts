/**
 * Homophone candidates for the measurement scripts: the 3,755 characters of GB 2312 level 1 (the
 * common ones), by their toneless reading as `syllables` gives it.
 */
export function commonHomophones(syllables: (text: string) => string[]): Map<string, string[]> {
  const byReading = new Map<string, string[]>();
  const gbk = new TextDecoder('gbk');
  for (let high = 0xb0; high <= 0xd7; high++)
    for (let low = 0xa1; low <= 0xfe; low++) {
      if (high === 0xd7 && low > 0xf9) break;
      const character = gbk.decode(new Uint8Array([high, low]));
      const reading = syllables(character)[0];
      if (!reading || !/^[a-z]+$/.test(reading)) continue;
      const list = byReading.get(reading) ?? [];
      list.push(character);
      byReading.set(reading, list);
    }
  return byReading;
}
