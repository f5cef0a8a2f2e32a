import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ConfirmDialog } from '@/components/options/confirm-dialog';
import { button, useEnglish } from './support';

describe('ConfirmDialog', () => {
  let container: HTMLElement;

  beforeEach(() => {
    useEnglish();
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => container.remove());

  async function open() {
    const opener = document.createElement('button');
    opener.textContent = 'Open';
    document.body.append(opener);
    opener.focus();
    const onConfirm = vi.fn();
    const onCancel = vi.fn();
    const root = createRoot(container);
    await act(async () =>
      root.render(<ConfirmDialog title="Reset the dataset?" message="It is replaced." confirmLabel="Reset" onConfirm={onConfirm} onCancel={onCancel} />),
    );
    const dialog = container.querySelector('dialog')!;
    return { opener, onConfirm, onCancel, root, dialog };
  }

  it('is an open, labelled alert dialog with focus on Cancel', async () => {
    const { dialog, root, opener } = await open();
    expect(dialog.open).toBe(true);
    expect(dialog.getAttribute('role')).toBe('alertdialog');
    expect(document.getElementById(dialog.getAttribute('aria-labelledby')!)?.textContent).toBe('Reset the dataset?');
    expect(document.getElementById(dialog.getAttribute('aria-describedby')!)?.textContent).toBe('It is replaced.');
    expect(document.activeElement?.textContent).toBe('Cancel');
    await act(async () => root.unmount());
    opener.remove();
  });

  it('cancels on Escape and gives focus back to the opener when closed', async () => {
    const { dialog, root, opener, onCancel, onConfirm } = await open();
    await act(async () => {
      dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(onConfirm).not.toHaveBeenCalled();
    await act(async () => root.unmount());
    expect(document.activeElement).toBe(opener);
    opener.remove();
  });

  it('confirms only from its confirm button', async () => {
    const { dialog, root, opener, onCancel, onConfirm } = await open();
    await act(async () => button(dialog, 'Reset').click());
    expect(onConfirm).toHaveBeenCalledTimes(1);
    await act(async () => button(dialog, 'Cancel').click());
    expect(onCancel).toHaveBeenCalledTimes(1);
    await act(async () => root.unmount());
    opener.remove();
  });
});
