package org.welfareintelligence.security;

import java.security.SecureRandom;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The accounts in PostgreSQL: creation with hashed passwords, roles, organisation membership and lockout. */
@Service
public class Accounts {

    private static final String SELECT = """
            SELECT u.id, u.username, u.display_name, u.email, u.enabled, u.demo, u.locked_until, u.last_login_at,
                   u.password_hash, m.organisation_id, o.code AS organisation_code,
                   ARRAY(SELECT r.role FROM app_user_role r WHERE r.user_id = u.id ORDER BY r.role) AS roles
            FROM app_user u
            LEFT JOIN organisation_member m ON m.user_id = u.id
            LEFT JOIN organisation o ON o.id = m.organisation_id
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final PasswordEncoder encoder;
    private final SecureRandom random = new SecureRandom();

    Accounts(NamedParameterJdbcTemplate jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    /** An account with the hash the sign-in needs; package-private so that it never reaches a page. */
    record Credentials(Account account, String passwordHash) {
    }

    Optional<Credentials> credentials(String username) {
        return jdbc.query(SELECT + " WHERE u.username = :username", new MapSqlParameterSource("username", username),
                (rs, row) -> new Credentials(account(rs), rs.getString("password_hash"))).stream().findFirst();
    }

    public Optional<Account> find(String username) {
        return credentials(username).map(Credentials::account);
    }

    public Optional<Account> findByEmail(String email) {
        return jdbc.query(SELECT + " WHERE lower(u.email) = lower(:email)", new MapSqlParameterSource("email", email),
                (rs, row) -> account(rs)).stream().findFirst();
    }

    public List<Account> all() {
        return jdbc.query(SELECT + " ORDER BY u.username", (rs, row) -> account(rs));
    }

    public boolean exists(String username) {
        return find(username).isPresent();
    }

    /**
     * Creates an account; a null or blank {@code password} gets a random one, which is returned so that
     * it can be handed to the invited person once (it is stored only as a hash).
     */
    @Transactional
    public String create(String username, String password, String displayName, String email, Set<Role> roles,
                         Long organisationId, boolean demo) {
        if (username == null || !username.matches("[A-Za-z0-9._@-]{2,100}")) {
            throw new IllegalArgumentException("user name must be 2-100 letters, digits or . _ @ -");
        }
        if (exists(username)) {
            throw new IllegalArgumentException("the user name " + username + " is already taken");
        }
        String initial = password == null || password.isBlank() ? randomPassword() : password;
        Long id = jdbc.queryForObject("""
                INSERT INTO app_user (username, password_hash, display_name, email, demo)
                VALUES (:username, :hash, :displayName, :email, :demo) RETURNING id""",
                new MapSqlParameterSource("username", username).addValue("hash", encoder.encode(initial))
                        .addValue("displayName", blankToNull(displayName)).addValue("email", blankToNull(email))
                        .addValue("demo", demo), Long.class);
        assign(id, roles, organisationId);
        return initial;
    }

    /**
     * Replaces the roles and organisation of an account: at least one role (disable an account instead of
     * leaving it none), and an organisation for an ORGANISATION member.
     */
    @Transactional
    public void assign(long id, Set<Role> roles, Long organisationId) {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("choose at least one role (disable the account to remove all access)");
        }
        if (roles.contains(Role.ORGANISATION) && organisationId == null) {
            throw new IllegalArgumentException("an account with role ORGANISATION needs an organisation");
        }
        MapSqlParameterSource params = new MapSqlParameterSource("id", id).addValue("org", organisationId);
        jdbc.update("DELETE FROM app_user_role WHERE user_id = :id", params);
        for (Role role : roles) {
            jdbc.update("INSERT INTO app_user_role (user_id, role) VALUES (:id, :role)",
                    new MapSqlParameterSource("id", id).addValue("role", role.name()));
        }
        jdbc.update("DELETE FROM organisation_member WHERE user_id = :id", params);
        if (organisationId != null) {
            int linked = jdbc.update("""
                    INSERT INTO organisation_member (user_id, organisation_id)
                    SELECT :id, o.id FROM organisation o WHERE o.id = :org""", params);
            if (linked == 0) {
                throw new IllegalArgumentException("no organisation with id " + organisationId);
            }
        }
    }

    public void setEnabled(long id, boolean enabled) {
        jdbc.update("UPDATE app_user SET enabled = :enabled, failed_attempts = 0, locked_until = NULL WHERE id = :id",
                new MapSqlParameterSource("id", id).addValue("enabled", enabled));
    }

    /** Counts a wrong password; the {@code maxFailures}-th in a row locks the account for {@code minutes}. */
    void recordFailure(String username, int maxFailures, int minutes) {
        jdbc.update("""
                UPDATE app_user SET
                  locked_until = CASE WHEN failed_attempts + 1 >= :max THEN now() + make_interval(mins => :minutes)
                                      ELSE locked_until END,
                  failed_attempts = CASE WHEN failed_attempts + 1 >= :max THEN 0 ELSE failed_attempts + 1 END
                WHERE username = :username""",
                new MapSqlParameterSource("username", username).addValue("max", maxFailures)
                        .addValue("minutes", minutes));
    }

    /** Clears the failure count; writes at most once a minute per account, since API clients sign in per request. */
    void recordSuccess(String username) {
        jdbc.update("""
                UPDATE app_user SET failed_attempts = 0, last_login_at = now()
                WHERE username = :username
                  AND (failed_attempts > 0 OR last_login_at IS NULL OR last_login_at < now() - interval '1 minute')""",
                new MapSqlParameterSource("username", username));
    }

    /** Organisations to choose from on the admin pages: id, code and name. */
    public List<Organisation> organisations() {
        return jdbc.query("SELECT id, code, name FROM organisation ORDER BY name",
                (rs, row) -> new Organisation(rs.getLong("id"), rs.getString("code"), rs.getString("name")));
    }

    public record Organisation(long id, String code, String name) {
    }

    private String randomPassword() {
        byte[] bytes = new byte[12];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static Account account(ResultSet rs) throws SQLException {
        Array array = rs.getArray("roles");
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream((String[]) array.getArray()).map(Role::valueOf).forEach(roles::add);
        return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("email"), rs.getBoolean("enabled"), rs.getBoolean("demo"), roles,
                rs.getObject("organisation_id", Long.class), rs.getString("organisation_code"), instant(rs.getTimestamp("locked_until")),
                instant(rs.getTimestamp("last_login_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
