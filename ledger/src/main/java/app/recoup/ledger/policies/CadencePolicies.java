package app.recoup.ledger.policies;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Cadence policies by name (their steps' messages, fees and manual steps), and which customers use
 * a policy other than their segment's.
 */
@Repository
public class CadencePolicies {

  private final JdbcClient jdbc;

  CadencePolicies(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<CadencePolicy> find(String name) {
    return jdbc.sql(
            "select name, offsets, touch_time, overdue_only, version from cadence_policy where name = :name")
        .param("name", name)
        .query(this::map)
        .optional();
  }

  public List<CadencePolicy> findAll() {
    return jdbc.sql(
            "select name, offsets, touch_time, overdue_only, version from cadence_policy order by name")
        .query(this::map)
        .list();
  }

  /** Stores the policy as its next version; returns it as stored, with that version. */
  public CadencePolicy save(CadencePolicy policy, String by) {
    int version =
        jdbc.sql(
                """
            insert into cadence_policy (name, offsets, touch_time, overdue_only, updated_by)
            values (:name, :offsets, :touchTime, :overdueOnly, :by)
            on conflict (name) do update
               set offsets = excluded.offsets, touch_time = excluded.touch_time,
                   overdue_only = excluded.overdue_only, updated_by = excluded.updated_by, updated_at = now(),
                   version = cadence_policy.version + 1
            returning version
            """)
            .param("name", policy.name())
            .param("offsets", policy.offsets().toArray(Integer[]::new))
            .param("touchTime", Time.valueOf(policy.touchTime()))
            .param("overdueOnly", policy.overdueOnly())
            .param("by", by)
            .query(Integer.class)
            .single();
    jdbc.sql("delete from cadence_policy_fee where policy = :name")
        .param("name", policy.name())
        .update();
    for (CadencePolicy.StepFee fee : policy.fees()) {
      jdbc.sql(
              """
              insert into cadence_policy_fee (policy, offset_days, kind, value, cap)
              values (:name, :offset, :kind, :value, :cap)
              """)
          .param("name", policy.name())
          .param("offset", fee.offsetDays())
          .param("kind", fee.kind())
          .param("value", fee.value())
          .param("cap", fee.cap())
          .update();
    }
    jdbc.sql("delete from cadence_policy_step where policy = :name")
        .param("name", policy.name())
        .update();
    for (CadencePolicy.StepMessage message : policy.messages()) {
      jdbc.sql(
              """
              insert into cadence_policy_step (policy, offset_days, channel, tone, template, needs_approval)
              values (:name, :offset, :channel, :tone, :template, :needsApproval)
              """)
          .param("name", policy.name())
          .param("offset", message.offsetDays())
          .param("channel", message.channel())
          .param("tone", message.tone())
          .param("template", message.template())
          .param("needsApproval", message.needsApproval())
          .update();
    }
    jdbc.sql("delete from cadence_policy_manual_step where policy = :name")
        .param("name", policy.name())
        .update();
    for (CadencePolicy.StepManual manual : policy.manualSteps()) {
      jdbc.sql(
              """
              insert into cadence_policy_manual_step (policy, offset_days, action, assignee, days_to_complete)
              values (:name, :offset, :action, :assignee, :days)
              """)
          .param("name", policy.name())
          .param("offset", manual.offsetDays())
          .param("action", manual.action())
          .param("assignee", manual.assignee())
          .param("days", manual.daysToComplete())
          .update();
    }
    return new CadencePolicy(
        policy.name(),
        policy.offsets(),
        policy.touchTime(),
        policy.overdueOnly(),
        policy.fees(),
        policy.messages(),
        policy.manualSteps(),
        version);
  }

  /** Customer id to the policy name it uses instead of its segment's, for those that have one. */
  public Map<Long, String> overrides(Collection<Long> customerIds) {
    if (customerIds.isEmpty()) {
      return Map.of();
    }
    return jdbc
        .sql("select customer_id, policy from customer_cadence_policy where customer_id in (:ids)")
        .param("ids", customerIds)
        .query((rs, row) -> Map.entry(rs.getLong("customer_id"), rs.getString("policy")))
        .list()
        .stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  /** Gives the customer the named policy; null returns it to its segment's. */
  public void override(long customerId, String policy) {
    if (policy == null) {
      jdbc.sql("delete from customer_cadence_policy where customer_id = :id")
          .param("id", customerId)
          .update();
      return;
    }
    jdbc.sql(
            """
            insert into customer_cadence_policy (customer_id, policy) values (:id, :policy)
            on conflict (customer_id) do update set policy = excluded.policy
            """)
        .param("id", customerId)
        .param("policy", policy)
        .update();
  }

  /**
   * Workflow ids and customers of the cases not closed whose customer uses the named policy: by
   * override, by segment, or as "default" when neither names a stored policy.
   */
  public List<PolicyUser> openCasesUsing(String name) {
    return jdbc.sql(
            """
            select cc.workflow_id, cu.id as customer_id, i.id as invoice_id
              from collection_case cc
              join invoice i on i.id = cc.invoice_id
              join customer cu on cu.id = i.customer_id
              left join customer_cadence_policy o on o.customer_id = cu.id
             where cc.status <> 'CLOSED'
               and coalesce(o.policy,
                            (select p.name from cadence_policy p where p.name = cu.segment),
                            'default') = :name
             order by cc.id
            """)
        .param("name", name)
        .query(
            (rs, row) ->
                new PolicyUser(
                    rs.getString("workflow_id"),
                    rs.getLong("customer_id"),
                    rs.getLong("invoice_id")))
        .list();
  }

  public record PolicyUser(String workflowId, long customerId, long invoiceId) {}

  private CadencePolicy map(ResultSet rs, int row) throws SQLException {
    Array offsets = rs.getArray("offsets");
    String name = rs.getString("name");
    return new CadencePolicy(
        name,
        Arrays.asList((Integer[]) offsets.getArray()),
        rs.getTime("touch_time").toLocalTime(),
        rs.getBoolean("overdue_only"),
        fees(name),
        messages(name),
        manualSteps(name),
        rs.getInt("version"));
  }

  private List<CadencePolicy.StepMessage> messages(String policy) {
    return jdbc.sql(
            """
            select offset_days, channel, tone, template, needs_approval
              from cadence_policy_step where policy = :name order by offset_days
            """)
        .param("name", policy)
        .query(
            (rs, row) ->
                new CadencePolicy.StepMessage(
                    rs.getInt("offset_days"),
                    rs.getString("channel"),
                    rs.getString("tone"),
                    rs.getString("template"),
                    rs.getBoolean("needs_approval")))
        .list();
  }

  private List<CadencePolicy.StepManual> manualSteps(String policy) {
    return jdbc.sql(
            """
            select offset_days, action, assignee, days_to_complete
              from cadence_policy_manual_step where policy = :name order by offset_days
            """)
        .param("name", policy)
        .query(CadencePolicy.StepManual.class)
        .list();
  }

  private List<CadencePolicy.StepFee> fees(String policy) {
    return jdbc.sql(
            "select offset_days, kind, value, cap from cadence_policy_fee where policy = :name order by offset_days")
        .param("name", policy)
        .query(
            (rs, row) ->
                new CadencePolicy.StepFee(
                    rs.getInt("offset_days"),
                    rs.getString("kind"),
                    rs.getBigDecimal("value"),
                    rs.getBigDecimal("cap")))
        .list();
  }
}
