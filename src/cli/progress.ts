/** A one-line progress bar on stderr, drawn only on a terminal so logs and pipes stay clean. */
export function progressBar(total: number, label: string): { tick(n?: number): void; done(): void } {
  const tty = process.stderr.isTTY === true;
  let count = 0;
  let lastDraw = 0;
  const draw = () => {
    const width = 30;
    const filled = total ? Math.round((count / total) * width) : width;
    process.stderr.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${count}/${total}`);
  };
  return {
    tick(n = 1) {
      count += n;
      if (!tty) return;
      const now = performance.now();
      if (now - lastDraw > 50 || count === total) {
        lastDraw = now;
        draw();
      }
    },
    done() {
      if (tty) process.stderr.write('\n');
    },
  };
}
