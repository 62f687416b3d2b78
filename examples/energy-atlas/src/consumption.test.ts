import { loadOreConsumption } from '@datacites/energy';
import { describe, expect, it } from 'vitest';
import { consumptionByDepartement, sharedBreaks, yearsOf } from './consumption.js';

const file = new URL('../public/data/ore-conso-departement-2015-2019.csv', import.meta.url)
  .pathname;

describe('consumptionByDepartement', () => {
  it('sums operators and sectors like awk over the raw file', async () => {
    const { records } = await loadOreConsumption(file);
    expect(yearsOf(records)).toEqual([2015, 2016, 2017, 2018, 2019]);
    const total = consumptionByDepartement(records, {
      carrier: 'electricite',
      sector: 'total',
      year: 2019,
    });
    // awk -F';' '$3=="Electricité" && $2=="2019" && $24=="18" {s+=$30} END{print s}' → 2126852.732
    expect(total.values.find((v) => v.code === '18')?.value).toBeCloseTo(2126852.732, 3);
    // Résidentiel column ($16), gas, Loiret (45), 2017:
    // awk -F';' '$3=="Gaz" && $2=="2017" && $24=="45" {s+=$16} END{print s}' → 1986127
    const gas = consumptionByDepartement(records, {
      carrier: 'gaz',
      sector: 'residentiel',
      year: 2017,
    });
    expect(gas.values.find((v) => v.code === '45')?.value).toBeCloseTo(1_986_127, 3);
  });
});

describe('sharedBreaks', () => {
  it('takes nearest-rank quantiles of all the values, then the maximum', () => {
    // 10 values, 5 classes: ranks ceil(k/5 × 10) = 2, 4, 6, 8 → 2, 4, 6, 8; min 1, max 10.
    expect(
      sharedBreaks(
        [
          [1, 2, 3, 4, 5],
          [6, 7, 8, 9, 10],
        ],
        5,
      ),
    ).toEqual([1, 2, 4, 6, 8, 10]);
    // Repeated values give fewer classes rather than empty ones.
    expect(sharedBreaks([[5, 5, 5, 5]], 4)).toEqual([5, 5]);
    expect(sharedBreaks([[]], 5)).toEqual([]);
  });
});
