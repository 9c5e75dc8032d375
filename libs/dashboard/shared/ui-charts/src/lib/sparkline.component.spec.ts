import { TestBed } from '@angular/core/testing';
import { SparklineComponent, sparklinePoints } from './sparkline.component';

describe('sparklinePoints', () => {
  it('spreads the values over the width with the highest at the top', () => {
    expect(sparklinePoints([10, 20, 15], 100, 20, 0)).toEqual([
      { x: 0, y: 20 },
      { x: 50, y: 0 },
      { x: 100, y: 10 },
    ]);
  });

  it('draws equal values and a single value in the middle, and nothing without values', () => {
    expect(sparklinePoints([5, 5], 100, 20, 0)).toEqual([
      { x: 0, y: 10 },
      { x: 100, y: 10 },
    ]);
    expect(sparklinePoints([7], 100, 20, 0)).toEqual([{ x: 50, y: 10 }]);
    expect(sparklinePoints([])).toEqual([]);
  });
});

describe('SparklineComponent', () => {
  it('is one image named by its text alternative, with the latest value marked', async () => {
    const fixture = TestBed.createComponent(SparklineComponent);
    fixture.componentRef.setInput('values', [300, 330, 412]);
    fixture.componentRef.setInput('label', 'Verlauf: von 300 auf 412');
    await fixture.whenStable();
    const svg = (fixture.nativeElement as HTMLElement).querySelector('svg');
    expect(svg?.getAttribute('role')).toBe('img');
    expect(svg?.getAttribute('aria-label')).toBe('Verlauf: von 300 auf 412');
    expect(svg?.querySelectorAll('polyline')).toHaveLength(1);
    expect(svg?.querySelectorAll('circle')).toHaveLength(1);
  });
});
