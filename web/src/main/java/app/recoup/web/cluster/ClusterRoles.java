package app.recoup.web.cluster;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What this process does in a cluster, from {@code RECOUP_ROLES}: {@code web} serves pages, the
 * API, webhooks and the portal through a Temporal client; {@code worker} runs the workflow and
 * activity workers. One process may do both (the default).
 */
public record ClusterRoles(Set<Role> roles) {

  public static final String PROPERTY = "recoup.roles";

  public enum Role {
    WEB,
    WORKER
  }

  public ClusterRoles {
    if (roles.isEmpty()) {
      throw new IllegalArgumentException(
          "RECOUP_ROLES names no role: use web, worker or web,worker");
    }
    roles = Set.copyOf(roles);
  }

  public static ClusterRoles parse(String setting) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String name : Arrays.stream(setting.split(",")).map(String::trim).toList()) {
      if (name.isEmpty()) {
        continue;
      }
      try {
        roles.add(Role.valueOf(name.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException unknown) {
        throw new IllegalArgumentException(
            "RECOUP_ROLES=" + setting + ": unknown role '" + name + "' (use web, worker or both)");
      }
    }
    return new ClusterRoles(roles);
  }

  public boolean web() {
    return roles.contains(Role.WEB);
  }

  public boolean worker() {
    return roles.contains(Role.WORKER);
  }
}
