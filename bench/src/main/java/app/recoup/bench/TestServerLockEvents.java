package app.recoup.bench;

import io.temporal.testing.TestWorkflowEnvironment;
import java.lang.reflect.Field;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.concurrent.locks.Lock;

/**
 * Takes the Temporal test server's own bookkeeping out of what a bench measures. Its self-advancing
 * timer keeps every time-lock event it ever saw in a {@link LinkedList} (for diagnostics) and finds
 * a released lock's event with {@link LinkedList#remove(Object)}, which searches from the oldest:
 * every workflow update scans all the events so far, so one environment's cost grows with the square
 * of the tasks it has run (at 200 cases it was four fifths of the CPU). A released lock is nearly
 * always among the newest events, so this list searches from the newest; it keeps the same events.
 */
final class TestServerLockEvents {

  private TestServerLockEvents() {}

  /** Call before the environment starts. */
  static void searchNewestFirst(TestWorkflowEnvironment env) {
    try {
      Object timer = read(read(env, "service"), "selfAdvancingTimer");
      Lock lock = (Lock) read(timer, "lock");
      Field events = timer.getClass().getDeclaredField("lockEvents");
      events.setAccessible(true);
      lock.lock();
      try {
        events.set(timer, new NewestFirst((Collection<?>) events.get(timer)));
      } finally {
        lock.unlock();
      }
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new IllegalStateException("the test server's time lock events are no longer where this bench expects them", e);
    }
  }

  private static Object read(Object owner, String name) throws ReflectiveOperationException {
    Field field = owner.getClass().getDeclaredField(name);
    field.setAccessible(true);
    return field.get(owner);
  }

  private static final class NewestFirst extends LinkedList<Object> {
    NewestFirst(Collection<?> events) {
      super(events);
    }

    @Override
    public boolean remove(Object event) {
      for (Iterator<Object> newestFirst = descendingIterator(); newestFirst.hasNext(); ) {
        if (newestFirst.next() == event) {
          newestFirst.remove();
          return true;
        }
      }
      return false;
    }
  }
}
