package org.welfareintelligence.tender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.welfareintelligence.support.SmallCityApiTest;

/**
 * The /tender page as the server renders it: the partner form beside the zone report, in the reader's language,
 * with the texts its script shows (the script itself runs in TenderPageBrowserTest's headless Chromium).
 */
class TenderPageTest extends SmallCityApiTest {

    @Test
    void thePageOffersPartnersForANetworkedProjectInBothLanguages() throws Exception {
        String english = ok(get("/tender")).getContentAsString();
        assertThat(english).contains("Partners for a networked project", "id=\"partner-services\"",
                "id=\"partner-k\"", "id=\"partner-radius\"", "Recommend partners", "/js/tender.js")
                .contains("\"js.tender.partner-adds\":\"covers {0} more people of unmet need\"")
                .contains("\"js.tender.partners-csv\":\"Download the partners as CSV\"");
        String italian = answer(get("/tender").header("Accept-Language", "it"), 200).getContentAsString();
        assertThat(italian).contains("Partner per un progetto in rete", "Consiglia i partner",
                "\"js.tender.partners-csv\":\"Scarica i partner in CSV\"");
    }
}
