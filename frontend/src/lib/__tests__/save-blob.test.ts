import { saveBlob } from '@/lib/save-blob';

describe('saveBlob', () => {
  afterEach(() => {
    vi.useRealTimers();
    Reflect.deleteProperty(URL, 'createObjectURL');
    Reflect.deleteProperty(URL, 'revokeObjectURL');
  });

  it('clicks a hidden link named for the file, leaves nothing behind and gives the address up later', () => {
    vi.useFakeTimers();
    const createObjectURL = vi.fn(() => 'blob:datei');
    const revokeObjectURL = vi.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const clicked: HTMLAnchorElement[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
    });
    const blob = new Blob(['a;b\r\n'], { type: 'text/csv' });

    saveBlob(blob, 'anmeldungen.csv');

    expect(createObjectURL).toHaveBeenCalledWith(blob);
    expect(click).toHaveBeenCalledTimes(1);
    expect(clicked[0]).toHaveAttribute('href', 'blob:datei');
    expect(clicked[0]).toHaveAttribute('download', 'anmeldungen.csv');
    expect(document.querySelector('a[download]')).toBeNull();
    expect(revokeObjectURL).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1000);
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:datei');
  });
});
