import { describe, expect, it } from 'vitest';
import { campaignFigures } from './roi.js';

describe('campaign figures', () => {
  it('computes profit and ROI exactly, rounding the ratio half away from zero to 4 places', () => {
    expect(campaignFigures('300.00', '1000.00')).toEqual({ totalCost: '300.00', totalRevenue: '1000.00', profit: '700.00', roi: '2.3333' });
    expect(campaignFigures('3', '5')).toMatchObject({ profit: '2.00', roi: '0.6667' });
    expect(campaignFigures('300', '100')).toMatchObject({ profit: '-200.00', roi: '-0.6667' });
    expect(campaignFigures('8', '9')).toMatchObject({ roi: '0.1250' });
    expect(campaignFigures('0.03', '0')).toMatchObject({ profit: '-0.03', roi: '-1.0000' });
    // Beyond what a float holds exactly: 2^53 + 1 hundredths.
    expect(campaignFigures('0.01', '90071992547409.93')).toMatchObject({ profit: '90071992547409.92', roi: '9007199254740992.0000' });
  });

  it('has no ROI without a cost', () => {
    expect(campaignFigures('0', '1000.00')).toEqual({ totalCost: '0.00', totalRevenue: '1000.00', profit: '1000.00', roi: null });
    expect(campaignFigures('0', '0').roi).toBeNull();
  });
});
