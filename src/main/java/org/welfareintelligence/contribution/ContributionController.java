package org.welfareintelligence.contribution;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.welfareintelligence.ingest.ImportReport;

@RestController
@Tag(name = "Contributions", description = "Organisations' own supply and demand files, shared once a planner approves")
class ContributionController {

    private final Contributions contributions;

    ContributionController(Contributions contributions) {
        this.contributions = contributions;
    }

    @Operation(summary = "Submit a file of your organisation for review",
            description = "kind: facilities, facility-services or census, in the formats of /api/imports.")
    @PostMapping(value = "/api/contributions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Contribution submit(@RequestParam String kind, @RequestParam("file") MultipartFile file,
                        @RequestParam(required = false) String note) throws IOException {
        String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
        return contributions.submit(kind, name, file.getBytes(), note);
    }

    @Operation(summary = "Contributions: all for planners, your organisation's for its members")
    @GetMapping("/api/contributions")
    List<Contribution> list(@RequestParam(required = false) String status) {
        return contributions.list(status);
    }

    @Operation(summary = "Approve a pending contribution: it is imported and becomes shared data")
    @PostMapping("/api/contributions/{id}/approve")
    ImportReport approve(@PathVariable long id, @RequestParam(required = false) String note) {
        return contributions.approve(id, note);
    }

    @Operation(summary = "Reject a pending contribution; nothing is imported")
    @PostMapping("/api/contributions/{id}/reject")
    Contribution reject(@PathVariable long id, @RequestParam(required = false) String note) {
        return contributions.reject(id, note);
    }
}
