package org.welfareintelligence.siting;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Names new sites the way planners tell each other where: the neighbourhood the site lies in and the nearest
 * known address (of a facility) with its distance, in the reader's language — "Quartiere dei Mandorli, a 120 m
 * da Via dei Tigli 4" — instead of a section code or a grid number. Existing facilities keep their own names.
 */
@Component
class SiteNames {

    /** Beyond this an address no longer helps to find the spot; the neighbourhood alone is given. */
    private static final double ADDRESS_WITHIN_METRES = 800;

    private final NamedParameterJdbcTemplate jdbc;
    private final MessageSource messages;

    SiteNames(NamedParameterJdbcTemplate jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    /** Every site's name by site index: the instance's own, but new open sites described by where they are. */
    String[] of(SitingResult result) {
        SitingInstance.Places sites = result.instance().sites();
        String[] names = sites.names().clone();
        List<Integer> newSites = new ArrayList<>();
        for (SitingResult.SiteLoad load : result.sites()) {
            if (!load.existing()) {
                newSites.add(load.site());
            }
        }
        if (newSites.isEmpty()) {
            return names;
        }
        MapSqlParameterSource params = new MapSqlParameterSource("within", ADDRESS_WITHIN_METRES);
        StringBuilder points = new StringBuilder();
        for (int k = 0; k < newSites.size(); k++) {
            int j = newSites.get(k);
            points.append(k == 0 ? "" : ", ").append("(").append(j).append(", :lon").append(k).append(", :lat").append(k)
                    .append(")");
            params.addValue("lon" + k, sites.lon()[j]).addValue("lat" + k, sites.lat()[j]);
        }
        jdbc.query("""
                WITH site (j, pt) AS (SELECT j, ST_SetSRID(ST_MakePoint(lon, lat), 4326)
                                      FROM (VALUES %s) v (j, lon, lat))
                SELECT site.j, n.name AS neighbourhood, a.address, a.metres
                FROM site
                LEFT JOIN LATERAL (SELECT name FROM territorial_area
                                   WHERE level = 'NEIGHBOURHOOD' AND geom IS NOT NULL AND ST_Intersects(geom, site.pt)
                                   ORDER BY id LIMIT 1) n ON true
                LEFT JOIN LATERAL (SELECT f.address, ST_DistanceSphere(f.geom, site.pt) AS metres FROM facility f
                                   WHERE coalesce(trim(f.address), '') <> ''
                                   ORDER BY f.geom <-> site.pt LIMIT 1) a ON a.metres <= :within
                """.formatted(points), params, rs -> {
            String neighbourhood = rs.getString("neighbourhood");
            if (neighbourhood == null) {
                return;
            }
            String address = rs.getString("address");
            names[rs.getInt("j")] = address == null ? neighbourhood
                    : messages.getMessage("siting.site.near", new Object[] {neighbourhood,
                            Math.round(rs.getDouble("metres") / 10) * 10, address.trim()}, LocaleContextHolder.getLocale());
        });
        return names;
    }
}
