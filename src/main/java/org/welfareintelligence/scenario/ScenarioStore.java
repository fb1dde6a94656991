package org.welfareintelligence.scenario;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.ObjectMapper;

/**
 * Saved scenarios. Every read names the reader, so a scenario neither owned by them, shared with one of their
 * roles or their organisation, nor read by an administrator does not exist for them.
 */
@Repository
class ScenarioStore {

    /** Who is reading: the account, its roles, its organisation and whether it administers everything. */
    record Reader(String name, List<String> roles, Long organisationId, boolean admin) {
    }

    record Stored(long id, String name, String owner, Long ownerOrganisationId, List<String> sharedRoles,
                  List<Long> sharedOrganisations, boolean baseline, ScenarioRequest definition, Long dataVersion,
                  String simulatedAt, String createdAt, String updatedAt) {
    }

    private static final String COLUMNS = """
            id, name, owner, owner_organisation_id, shared_roles, shared_organisations, baseline, definition::text AS definition,
            data_version, to_char(simulated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS simulated,
            to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS created,
            to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS updated""";

    private static final String VISIBLE = """
            (:admin OR owner = :reader OR shared_roles && CAST(:roles AS text[])
             OR (CAST(:organisation AS bigint) IS NOT NULL AND CAST(:organisation AS bigint) = ANY (shared_organisations)))""";

    private final NamedParameterJdbcTemplate jdbc;
    private final ObjectMapper json;

    ScenarioStore(NamedParameterJdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    long insert(Reader owner, ScenarioDefinition definition, ScenarioRequest request) {
        return jdbc.queryForObject("""
                INSERT INTO scenario (name, owner, owner_organisation_id, shared_roles, shared_organisations, baseline,
                                      definition)
                VALUES (:name, :owner, :organisation, CAST(:roles AS text[]), CAST(:organisations AS bigint[]),
                        :baseline, CAST(:definition AS jsonb))
                RETURNING id""", values(definition, request).addValue("owner", owner.name())
                .addValue("organisation", owner.organisationId()), Long.class);
    }

    /** Replaces an editable scenario of {@code owner}; false when there is none with this id. */
    boolean update(String owner, long id, ScenarioDefinition definition, ScenarioRequest request) {
        return jdbc.update("""
                UPDATE scenario SET name = :name, shared_roles = CAST(:roles AS text[]),
                       shared_organisations = CAST(:organisations AS bigint[]), baseline = :baseline,
                       definition = CAST(:definition AS jsonb), data_version = NULL, simulated_at = NULL,
                       updated_at = now()
                WHERE id = :id AND owner = :owner AND NOT baseline""",
                values(definition, request).addValue("id", id).addValue("owner", owner)) == 1;
    }

    boolean delete(long id, Reader reader) {
        return jdbc.update("DELETE FROM scenario WHERE id = :id AND (owner = :reader OR :admin)",
                new MapSqlParameterSource("id", id).addValue("reader", reader.name()).addValue("admin", reader.admin())) == 1;
    }

    /** Records the data version a simulation ran on. */
    void simulated(long id, long dataVersion) {
        jdbc.update("UPDATE scenario SET data_version = :version, simulated_at = now() WHERE id = :id",
                new MapSqlParameterSource("id", id).addValue("version", dataVersion));
    }

    Optional<Stored> find(long id, Reader reader) {
        return jdbc.query("SELECT " + COLUMNS + " FROM scenario WHERE id = :id AND " + VISIBLE,
                visibility(reader).addValue("id", id), this::row).stream().findFirst();
    }

    List<Stored> list(Reader reader) {
        return jdbc.query("SELECT " + COLUMNS + " FROM scenario WHERE " + VISIBLE + " ORDER BY updated_at DESC, id DESC",
                visibility(reader), this::row);
    }

    private MapSqlParameterSource values(ScenarioDefinition definition, ScenarioRequest request) {
        return new MapSqlParameterSource("name", definition.name())
                .addValue("roles", definition.sharedRoles().toArray(String[]::new))
                .addValue("organisations", definition.sharedOrganisations().toArray(Long[]::new))
                .addValue("baseline", definition.baseline())
                .addValue("definition", json.writeValueAsString(request));
    }

    private static MapSqlParameterSource visibility(Reader reader) {
        return new MapSqlParameterSource("admin", reader.admin()).addValue("reader", reader.name())
                .addValue("roles", reader.roles().toArray(String[]::new))
                .addValue("organisation", reader.organisationId());
    }

    private Stored row(ResultSet rs, int rowNumber) throws SQLException {
        long organisation = rs.getLong("owner_organisation_id");
        Long ownerOrganisation = rs.wasNull() ? null : organisation;
        long version = rs.getLong("data_version");
        Long dataVersion = rs.wasNull() ? null : version;
        return new Stored(rs.getLong("id"), rs.getString("name"), rs.getString("owner"), ownerOrganisation,
                Arrays.asList((String[]) rs.getArray("shared_roles").getArray()), longs(rs.getArray("shared_organisations")),
                rs.getBoolean("baseline"), json.readValue(rs.getString("definition"), ScenarioRequest.class), dataVersion,
                rs.getString("simulated"), rs.getString("created"), rs.getString("updated"));
    }

    private static List<Long> longs(Array array) throws SQLException {
        return Arrays.asList((Long[]) array.getArray());
    }
}
