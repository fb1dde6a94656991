package org.welfareintelligence.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Year;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.welfareintelligence.support.PostgisTest;

/** The stateless raw projection endpoint: hand-worked answers, reconciliation, and a 400 for every bad input. */
@AutoConfigureMockMvc
class RawProjectionTest extends PostgisTest {

    private static final String SERIES = "area,year,value\nA,2010,100\nA,2011,110\nA,2012,120\n"
            + "B,2010,50\nB,2011,50\nB,2012,50\n";

    @Autowired
    MockMvc mvc;

    private final int next = Year.now().getValue() + 1;

    @Test
    void constantProjectionWithItsIntervalAtFullPrecision() throws Exception {
        String csv = post(SERIES, null, next + "," + (next + 20), "constant", "csv")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Map<String, String[]> rows = new HashMap<>();
        String[] lines = csv.split("\n");
        assertThat(lines[0]).isEqualTo("area,year,value,lower80,upper80,method");
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].split(",");
            rows.put(cells[0].replace("\"", "") + cells[1], cells);
        }
        assertThat(rows).hasSize(4);
        // refitted on 2010–2011 the constant missed A by 10 / 110 and B by 0 one year ahead: the 80th percentile
        // of {0, 10/110} is 0.8 × 10/110, widened by √h at h years after 2012
        for (int year : new int[] {next, next + 20}) {
            double halfWidth = 0.8 * (10.0 / 110) * Math.sqrt(year - 2012);
            String[] a = rows.get("A" + year);
            assertThat(Double.parseDouble(a[2])).isEqualTo(120);
            assertThat(Double.parseDouble(a[3])).isCloseTo(120 * (1 - halfWidth), within(1e-9));
            assertThat(Double.parseDouble(a[4])).isCloseTo(120 * (1 + halfWidth), within(1e-9));
            assertThat(a[5]).isEqualTo("constant");
            assertThat(Double.parseDouble(rows.get("B" + year)[2])).isEqualTo(50);
        }
    }

    @Test
    void childrenAreReconciledToAddUpToTheirParent() throws Exception {
        String series = SERIES + "CITY,2010,200\nCITY,2011,210\nCITY,2012,230\n";
        String parents = "area,parent\nA,CITY\nB,CITY\n";
        String json = post(series, parents, String.valueOf(next + 30), null, "json")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        double city = value(json, "CITY");
        assertThat(value(json, "A") + value(json, "B")).isCloseTo(city, within(1e-9 * city));
        // the city alone has a trend (+15 a year): its projection is above its last value
        assertThat(city).isGreaterThan(230);
    }

    @Test
    void aGivenCityTotalIsSharedByEachAreasShareOfGrowth() throws Exception {
        // the total grew 150 → 170, all of it in A: with a total of 200, A gets the 30 more and B stays at 50
        String json = post(SERIES, null, String.valueOf(next), null, "json", "200")
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].method").value("SHARE_OF_GROWTH"))
                .andReturn().getResponse().getContentAsString();
        assertThat(value(json, "A")).isEqualTo(150);
        assertThat(value(json, "B")).isEqualTo(50);
        expect400(post(SERIES, null, String.valueOf(next), "constant", "csv", "200"),
                "total: only share_of_growth uses a city total, not constant");
        expect400(post(SERIES, null, next + "," + (next + 1), null, "csv", "200"),
                "total: one value per target year is needed, 2 years and 1 totals");
        expect400(post(SERIES, null, (next + 1) + "," + next, null, "csv", null),
                "years: give them ascending, each once (" + (next + 1) + "," + next + ")");
    }

    @Test
    void badInputIsA400NamingWhatIsWrong() throws Exception {
        String year = String.valueOf(next);
        expect400(post("area,year,value\nA,2010,1\nA,2011,x\n", null, year, null, "csv"),
                "series.csv, row 3, field value: \"x\" is not a number");
        expect400(post("area,value\nA,1\n", null, year, null, "csv"),
                "series.csv, header, field year: column year is missing; the header is [area, value]");
        expect400(post(SERIES, null, year, "linear", "csv"),
                "method: unknown method 'linear': use constant, damped_trend or share_of_growth");
        expect400(post(SERIES, null, "2015", null, "csv"), "years: 2015 is in the past");
        expect400(post(SERIES, null, String.valueOf(next + 100), null, "csv"),
                "years: " + (next + 100) + " is more than 100 years ahead");
        expect400(post(SERIES, null, "soon", null, "csv"), "years: 'soon' is not a year");
        expect400(post("area,year,value\nA,2012,1\nB,2012,2\n", null, year, null, "csv"),
                "series.csv, file, field year: a projection needs at least 2 periods, the file has 1");
        expect400(post("area,year,value\nA,2011,1\nA,2012,1\nB,2012,2\n", null, year, null, "csv"),
                "series.csv, file, field year: area B has no value for 2011");
        expect400(post(SERIES, "area,parent\nA,NOWHERE\n", year, null, "csv"),
                "parent.csv, row 2, field parent: parent NOWHERE is not in the series");
        expect400(post(SERIES, "area,parent\nA,B\nB,A\n", year, null, "csv"), "parent: the parents form a cycle");
        expect400(post(SERIES, null, year, null, "xml"), "format: unknown format 'xml', use csv or json");
    }

    @Test
    void anonymousCallsAreRefused() throws Exception {
        mvc.perform(multipart("/api/projections/raw").file(new MockMultipartFile("series", "series.csv", "text/csv",
                SERIES.getBytes())).param("years", String.valueOf(next))).andExpect(status().isUnauthorized());
    }

    private ResultActions post(String series, String parents, String years, String method, String format)
            throws Exception {
        return post(series, parents, years, method, format, null);
    }

    private ResultActions post(String series, String parents, String years, String method, String format,
                               String total) throws Exception {
        var request = multipart("/api/projections/raw")
                .file(new MockMultipartFile("series", "series.csv", "text/csv", series.getBytes()));
        if (parents != null) {
            request.file(new MockMultipartFile("parent", "parent.csv", "text/csv", parents.getBytes()));
        }
        request.param("years", years).param("format", format);
        if (method != null) {
            request.param("method", method);
        }
        if (total != null) {
            request.param("total", total);
        }
        return mvc.perform(request.with(httpBasic("admin", "admin")));
    }

    private static void expect400(ResultActions answer, String message) throws Exception {
        answer.andExpect(status().isBadRequest()).andExpect(jsonPath("$.message").value(message));
    }

    private static double value(String json, String area) {
        int at = json.indexOf("\"area\":\"" + area + "\"");
        int start = json.indexOf("\"value\":", at) + "\"value\":".length();
        return Double.parseDouble(json.substring(start, json.indexOf(',', start)));
    }
}
