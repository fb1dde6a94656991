package org.welfareintelligence.routing;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.welfareintelligence.web.NotFoundException;

/**
 * A plausible day to try the planner on: 40 home visits to elderly people in the census sections around the open
 * home-care centre nearest the middle of all facilities, by 4 operators leaving from it. Deterministic, so the
 * same database always gives the same day; it names places only (section codes), never how many people live there.
 */
@Service
class SampleDays {

    static final int VISITS = 40;
    private static final String[][] OPERATORS = {
            {"OP1", "08:00", "15:00", "nursing;personal-care", "11:30"},
            {"OP2", "08:00", "15:00", "personal-care;companionship", "12:00"},
            {"OP3", "08:30", "15:30", "personal-care;meal-delivery", "12:30"},
            {"OP4", "09:00", "16:00", "nursing;physiotherapy;personal-care", "12:30"}};
    private static final String[] SKILLS = {"personal-care", "personal-care", "nursing", "personal-care",
            "companionship", "meal-delivery", "personal-care", "physiotherapy", "nursing", "personal-care"};
    private static final String[][] WINDOWS = {{"08:00", "11:00"}, {"09:00", "12:00"}, {"10:00", "13:00"},
            {"08:00", "15:00"}, {"13:00", "15:30"}};
    private static final int[] MINUTES = {30, 20, 45, 30, 40, 25};

    private final JdbcTemplate jdbc;

    SampleDays(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    RoutingRequest sampleDay() {
        List<String> centres = jdbc.queryForList("""
                SELECT f.code FROM facility f JOIN facility_service fs ON fs.facility_id = f.id
                JOIN service_type st ON st.id = fs.service_type_id
                WHERE st.code = 'HOME_CARE' AND f.status = 'OPEN'
                ORDER BY f.geom <-> (SELECT ST_Centroid(ST_Collect(geom)) FROM facility), f.code LIMIT 1""",
                String.class);
        if (centres.isEmpty()) {
            throw new NotFoundException("no open home-care centre to start a sample day from: import facilities first");
        }
        List<String> sections = jdbc.queryForList("""
                SELECT s.code FROM census_section s, facility f
                WHERE f.code = ? AND s.centroid IS NOT NULL AND EXISTS (
                    SELECT 1 FROM demand d JOIN target t ON t.id = d.target_id
                    WHERE d.section_id = s.id AND t.code = 'P_ELDERLY_75_PLUS' AND d.value > 0)
                ORDER BY s.centroid <-> f.geom, s.code LIMIT ?""", String.class, centres.get(0), 3 * VISITS);
        return of(centres.get(0), sections);
    }

    /** Every third of the sections nearest the centre, so that visits spread over a few kilometres. */
    static RoutingRequest of(String centre, List<String> sections) {
        List<RoutingRequest.Visit> visits = new ArrayList<>();
        for (int v = 0; v < VISITS && 3 * v < sections.size(); v++) {
            String[] window = WINDOWS[v % WINDOWS.length];
            visits.add(new RoutingRequest.Visit("V%02d".formatted(v + 1), null, null, null, sections.get(3 * v),
                    MINUTES[v % MINUTES.length], window[0], window[1], SKILLS[v % SKILLS.length], v % 7 == 0 ? 1 : 0));
        }
        List<RoutingRequest.Operator> operators = new ArrayList<>();
        for (String[] op : OPERATORS) {
            operators.add(new RoutingRequest.Operator(op[0], null, null, centre, null, null, null, op[1], op[2],
                    List.of(op[3].split(";")), op[4], op[4], 30));
        }
        return new RoutingRequest(visits, operators, null, null, 5);
    }
}
