package app.recoup.ledger.embedded;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One Recoup per working folder: an exclusive lock on {@code recoup.lock}, held for the life of the
 * process, with the holder's PID written inside. The operating system releases the lock when the
 * process dies however it dies (SIGKILL included), so holding it proves that no other Recoup still
 * uses the folder.
 */
final class DataDirectoryLock implements AutoCloseable {

  static final String FILE_NAME = "recoup.lock";

  /**
   * POSIX record locks belong to the whole process, and closing any channel on the file drops them:
   * a second attempt from this JVM must be refused before it opens the file.
   */
  private static final Set<Path> HELD_HERE = ConcurrentHashMap.newKeySet();

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;

  private DataDirectoryLock(Path file, FileChannel channel, FileLock lock) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
  }

  /** Takes the folder or refuses, naming the Recoup that has it; a refusal changes nothing. */
  static DataDirectoryLock acquire(Path folder) throws IOException {
    Files.createDirectories(folder);
    Path file = folder.resolve(FILE_NAME).toAbsolutePath().normalize();
    if (!HELD_HERE.add(file)) {
      throw inUse(folder, ProcessHandle.current().pid() + " (this process)");
    }
    try {
      FileChannel channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock lock = channel.tryLock();
      if (lock == null) {
        String holder = holderPid(channel);
        channel.close();
        throw inUse(folder, holder);
      }
      channel.truncate(0);
      channel.write(
          ByteBuffer.wrap(
              Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII)),
          0);
      channel.force(true);
      return new DataDirectoryLock(file, channel, lock);
    } catch (IOException | RuntimeException e) {
      HELD_HERE.remove(file);
      throw e;
    }
  }

  /**
   * The holder writes its PID just after taking the lock: a start at the same moment waits for it.
   */
  private static String holderPid(FileChannel channel) throws IOException {
    for (int attempt = 0; attempt < 50; attempt++) {
      ByteBuffer buffer = ByteBuffer.allocate(32);
      channel.read(buffer, 0);
      String pid =
          new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).trim();
      if (!pid.isEmpty()) {
        return pid;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return "unknown";
  }

  private static LocalDataDirectoryException inUse(Path folder, String holder) {
    return new LocalDataDirectoryException(
        "Another Recoup (PID "
            + holder
            + ") is running on "
            + folder.toAbsolutePath().normalize()
            + "; this one touched nothing and stops.",
        "Use the Recoup that is running, or stop it first, or start this one in another working"
            + " folder (RECOUP_DATA_DIR).");
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
      channel.close();
    } finally {
      HELD_HERE.remove(file);
    }
  }
}
