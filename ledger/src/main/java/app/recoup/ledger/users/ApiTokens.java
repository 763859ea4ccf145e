package app.recoup.ledger.users;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Personal API tokens, kept as hashes. */
@Repository
public class ApiTokens {

  private final JdbcClient jdbc;

  public ApiTokens(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long add(long userId, String name, String tokenHash) {
    return jdbc.sql(
            "insert into api_token (user_id, name, token_hash) values (:user, :name, :hash)"
                + " returning id")
        .param("user", userId)
        .param("name", name)
        .param("hash", tokenHash)
        .query(Long.class)
        .single();
  }

  public List<ApiToken> of(long userId) {
    return jdbc.sql(
            """
            select id, name, created_at, last_used_at, revoked_at
              from api_token where user_id = :user order by created_at desc, id desc
            """)
        .param("user", userId)
        .query(ApiToken.class)
        .list();
  }

  /** Revokes one of the user's own tokens; false when it is not theirs or already revoked. */
  public boolean revoke(long userId, long tokenId) {
    return jdbc.sql(
                """
                update api_token set revoked_at = now()
                 where id = :id and user_id = :user and revoked_at is null
                """)
            .param("id", tokenId)
            .param("user", userId)
            .update()
        == 1;
  }

  /** The email of the enabled user holding this unrevoked token, noting that it was used. */
  public Optional<String> ownerOf(String tokenHash) {
    return jdbc.sql(
            """
            update api_token t set last_used_at = now()
              from app_user u
             where t.token_hash = :hash and t.revoked_at is null
               and u.id = t.user_id and not u.disabled
            returning u.email
            """)
        .param("hash", tokenHash)
        .query(String.class)
        .optional();
  }
}
