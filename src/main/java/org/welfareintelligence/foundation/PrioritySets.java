package org.welfareintelligence.foundation;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.ObjectMapper;

/**
 * Saved priority sets. Every query names the owner, so a reader can neither list, open nor delete another
 * user's set by guessing its id: for them it does not exist.
 */
@Repository
class PrioritySets {

    record Summary(long id, String name, String level, List<String> districts, String createdAt) {
    }

    record Saved(long id, String name, String owner, String createdAt, DistrictRanking.Ranking ranking) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final ObjectMapper json;

    PrioritySets(NamedParameterJdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    long save(String owner, String name, List<String> districts, DistrictRanking.Ranking ranking) {
        return jdbc.queryForObject("""
                INSERT INTO priority_set (name, owner, level, districts, targets, ranking)
                VALUES (:name, :owner, :level, CAST(:districts AS text[]), CAST(:targets AS jsonb), CAST(:ranking AS jsonb))
                RETURNING id""", new MapSqlParameterSource("name", name).addValue("owner", owner)
                .addValue("level", ranking.level())
                .addValue("districts", districts.toArray(String[]::new))
                .addValue("targets", json.writeValueAsString(ranking.targets()))
                .addValue("ranking", json.writeValueAsString(ranking)), Long.class);
    }

    List<Summary> list(String owner) {
        return jdbc.query("""
                SELECT id, name, level, districts, to_char(created_at, 'YYYY-MM-DD HH24:MI') AS created
                FROM priority_set WHERE owner = :owner ORDER BY created_at DESC, id DESC""",
                Map.of("owner", owner), (rs, i) -> new Summary(rs.getLong("id"), rs.getString("name"),
                        rs.getString("level"), strings(rs.getArray("districts")), rs.getString("created")));
    }

    Saved find(String owner, long id) {
        List<Saved> found = jdbc.query("""
                SELECT id, name, owner, to_char(created_at, 'YYYY-MM-DD HH24:MI') AS created, ranking::text AS ranking
                FROM priority_set WHERE id = :id AND owner = :owner""", Map.of("id", id, "owner", owner),
                (rs, i) -> new Saved(rs.getLong("id"), rs.getString("name"), rs.getString("owner"),
                        rs.getString("created"), json.readValue(rs.getString("ranking"), DistrictRanking.Ranking.class)));
        return found.isEmpty() ? null : found.get(0);
    }

    boolean delete(String owner, long id) {
        return jdbc.update("DELETE FROM priority_set WHERE id = :id AND owner = :owner",
                Map.of("id", id, "owner", owner)) == 1;
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
