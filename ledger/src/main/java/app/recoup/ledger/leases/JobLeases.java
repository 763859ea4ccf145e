package app.recoup.ledger.leases;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Leases that make a periodic job run once per period across every replica. A replica runs the job
 * only when it claims the lease, which holds for the job's period: the other replicas' timers fire
 * inside that period and find it held. An advisory lock would only keep runs from overlapping; two
 * replicas whose timers are a few seconds apart would still both run each period. The holder's
 * clock decides expiry, so replicas' clocks must agree to well within the shortest period (NTP
 * does).
 */
@Repository
public class JobLeases {

  private final JdbcClient jdbc;
  private final Clock clock;
  private final String holder;

  @Autowired
  JobLeases(JdbcClient jdbc, Clock clock) {
    this(jdbc, clock, ManagementFactory.getRuntimeMXBean().getName());
  }

  public JobLeases(JdbcClient jdbc, Clock clock, String holder) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.holder = holder;
  }

  /** Runs {@code job} if this replica claims its lease for {@code period}; true when it ran. */
  public boolean runOnce(String job, Duration period, Runnable work) {
    if (!claim(job, period)) {
      return false;
    }
    work.run();
    return true;
  }

  boolean claim(String job, Duration period) {
    Instant now = clock.instant();
    return jdbc.sql(
                """
                insert into job_lease (job, held_until, held_by) values (:job, :until, :holder)
                on conflict (job) do update
                  set held_until = excluded.held_until, held_by = excluded.held_by,
                      runs = job_lease.runs + 1
                  where job_lease.held_until <= :now
                """)
            .param("job", job)
            .param("until", Timestamp.from(now.plus(period)))
            .param("holder", holder)
            .param("now", Timestamp.from(now))
            .update()
        == 1;
  }

  /** How many runs of {@code job} have been claimed across the cluster. */
  public Optional<Long> runs(String job) {
    return jdbc.sql("select runs from job_lease where job = :job")
        .param("job", job)
        .query(Long.class)
        .optional();
  }
}
