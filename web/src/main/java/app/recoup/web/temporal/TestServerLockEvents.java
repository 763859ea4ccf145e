package app.recoup.web.temporal;

import io.temporal.testing.TestWorkflowEnvironment;
import java.lang.reflect.Field;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.concurrent.locks.Lock;

/**
 * Keeps the in-process Temporal test server's time-lock diagnostics from growing for ever. Its
 * self-advancing timer notes every time-lock change in a {@link LinkedList} that only shrinks when
 * a lock taken through a handle is released, which it finds with {@link LinkedList#remove(Object)}
 * from the oldest event. The lock changes of workflow updates are noted and never removed (about 14
 * events a collection case, 1.4 million at 100,000 cases), so the list grows for as long as the
 * application runs, and every workflow update walks all of it: the local mode slowed down and grew
 * with every case it had ever run. This list keeps the newest events only, and searches from the
 * newest, where a released lock nearly always is (a handle lock lives for one workflow update).
 */
public final class TestServerLockEvents {

  /** Far more lock changes than the updates in flight at once can make while one lock is held. */
  public static final int KEPT = 10_000;

  private TestServerLockEvents() {}

  /** Call before or after the environment starts: the events so far move into the new list. */
  public static void bound(TestWorkflowEnvironment env, int kept) {
    try {
      Object timer = read(read(env, "service"), "selfAdvancingTimer");
      Lock lock = (Lock) read(timer, "lock");
      Field events = timer.getClass().getDeclaredField("lockEvents");
      events.setAccessible(true);
      lock.lock();
      try {
        events.set(timer, new NewestOnly((Collection<?>) events.get(timer), kept));
      } finally {
        lock.unlock();
      }
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new IllegalStateException(
          "the test server's time lock events are no longer where Recoup expects them", e);
    }
  }

  /** How many lock events the test server keeps now. */
  public static int kept(TestWorkflowEnvironment env) {
    try {
      return ((Collection<?>) read(read(read(env, "service"), "selfAdvancingTimer"), "lockEvents"))
          .size();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object read(Object owner, String name) throws ReflectiveOperationException {
    Field field = owner.getClass().getDeclaredField(name);
    field.setAccessible(true);
    return field.get(owner);
  }

  /** Used only under the timer's lock, as the list it replaces. */
  private static final class NewestOnly extends LinkedList<Object> {

    private final int kept;
    private boolean dropped;

    NewestOnly(Collection<?> events, int kept) {
      super(events);
      this.kept = kept;
      trim();
    }

    @Override
    public boolean add(Object event) {
      super.add(event);
      trim();
      return true;
    }

    /**
     * A handle's unlock fails ("unbalanced lock and unlock calls") when its event is not found; an
     * event dropped for its age was there, so it counts as found.
     */
    @Override
    public boolean remove(Object event) {
      for (Iterator<Object> newestFirst = descendingIterator(); newestFirst.hasNext(); ) {
        if (newestFirst.next() == event) {
          newestFirst.remove();
          return true;
        }
      }
      return dropped;
    }

    private void trim() {
      while (size() > kept) {
        removeFirst();
        dropped = true;
      }
    }
  }
}
