package org.welfareintelligence.analytics.outreach;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.welfareintelligence.analytics.export.Table;
import org.welfareintelligence.analytics.export.TableFormat;
import org.welfareintelligence.web.Answer;

@RestController
@Tag(name = "Analytics")
class OutreachController {

    private final OutreachService outreach;

    OutreachController(OutreachService outreach) {
        this.outreach = outreach;
    }

    @Operation(summary = "Where to reach a target group: k locations reaching the most of its people on foot",
            description = "Maximal covering over the census sections: the k locations (places=sections, the default: "
                    + "the sections' centres; or an imported kind of public place such as school or library) from "
                    + "which the most people "
                    + "of the target live within radius metres on foot (straight line × the detour factor), with the "
                    + "people within reach of each, what each adds beyond the others and the share of the target "
                    + "reached. format: json (default), csv or xlsx.")
    @GetMapping("/api/analytics/outreach")
    Answer<OutreachService.OutreachView> outreach(@RequestParam String target,
                                                  @RequestParam(required = false) String period,
                                                  @RequestParam(defaultValue = "5") int k,
                                                  @RequestParam(defaultValue = "500") double radius,
                                                  @RequestParam(required = false) String places,
                                                  @RequestParam(defaultValue = "json") String format) {
        OutreachService.OutreachView view = outreach.outreach(target, period, k, radius, places);
        Table table = Table.of("outreach-" + view.target(), "rank", "kind", "code", "name", "lon", "lat",
                "people_within_radius", "added_people");
        view.locations().forEach(l -> table.row(l.rank(), l.kind(), l.code(), l.name(), l.lon(), l.lat(),
                l.peopleWithinRadius(), l.addedPeople()));
        return TableFormat.respond(format, view, table);
    }
}
