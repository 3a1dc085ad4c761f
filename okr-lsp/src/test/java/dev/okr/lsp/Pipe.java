package dev.okr.lsp;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * An in-memory pipe that any thread may write to and read from: {@link java.io.PipedInputStream}
 * fails a read ("Write end dead") once the thread that last wrote has ended, and LSP4J writes from
 * whichever thread completes a response.
 */
final class Pipe {
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
  private int read;
  private boolean closed;

  final InputStream in = new InputStream() {
    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      synchronized (Pipe.this) {
        while (read == buffer.size() && !closed) {
          try {
            Pipe.this.wait();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
          }
        }
        if (read == buffer.size()) {
          return -1;
        }
        byte[] all = buffer.toByteArray();
        int n = Math.min(len, all.length - read);
        System.arraycopy(all, read, b, off, n);
        read += n;
        if (read == buffer.size()) {
          buffer.reset();
          read = 0;
        }
        return n;
      }
    }
  };

  final OutputStream out = new OutputStream() {
    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      synchronized (Pipe.this) {
        buffer.write(b, off, len);
        Pipe.this.notifyAll();
      }
    }

    @Override
    public void close() {
      synchronized (Pipe.this) {
        closed = true;
        Pipe.this.notifyAll();
      }
    }
  };
}
