package org.welfareintelligence.referral;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Referral", description = "Which centre to direct a request to, with free places and waiting lists")
class ReferralController {

    private final ReferralService referrals;

    ReferralController(ReferralService referrals) {
        this.referrals = referrals;
    }

    @Operation(summary = "Centres offering a service ranked by travel cost from a place, with room first",
            description = "Give the place once: lon and lat, nil (a neighbourhood code) or q (a neighbourhood, "
                    + "municipio, census area or facility name or address; street addresses are not geocoded and "
                    + "answer resolved=false). The limit nearest open centres are listed, those with free places "
                    + "first, then unknown occupancy, then full ones (0 free), each in travel-cost order; otherPlaces "
                    + "are the next centres with free places. Travel cost: straight line × wi.analytics.detour-factor. "
                    + "/api/referral is for signed-in professionals; /api/finder/referral is the public finder's, the "
                    + "same ranking with waiting lists below the disclosure threshold withheld.")
    @GetMapping({"/api/referral", "/api/finder/referral"})
    ReferralAnswer referral(@RequestParam(required = false) Double lon, @RequestParam(required = false) Double lat,
                            @RequestParam(required = false) String nil,
                            @Parameter(description = "text matched against area and facility names")
                            @RequestParam(required = false) String q,
                            @RequestParam(required = false) String serviceType,
                            @RequestParam(required = false) String target,
                            @RequestParam(required = false) Integer limit) {
        return referrals.refer(ReferralQuery.parse(lon, lat, nil, q, serviceType, target, limit));
    }
}
