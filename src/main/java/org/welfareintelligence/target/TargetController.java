package org.welfareintelligence.target;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Comparator;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.welfareintelligence.web.NotFoundException;

@RestController
@Tag(name = "Targets", description = "The taxonomy of person and family targets")
public class TargetController {

    private final TargetRepository targets;
    private final TargetGroupRepository groups;

    TargetController(TargetRepository targets, TargetGroupRepository groups) {
        this.targets = targets;
        this.groups = groups;
    }

    @Operation(summary = "All targets, people first, in taxonomy order; optionally of one kind (PERSON or FAMILY)")
    @GetMapping("/api/targets")
    List<Target> targets(@RequestParam(required = false) TargetKind kind) {
        return targets.findAll().stream()
                .filter(t -> kind == null || t.getKind() == kind)
                .sorted(Comparator.comparing(Target::getKind).thenComparing(Target::getSortOrder))
                .toList();
    }

    @Operation(summary = "One target by code")
    @GetMapping("/api/targets/{code}")
    Target target(@PathVariable String code) {
        return targets.findByCode(code).orElseThrow(() -> new NotFoundException("no target with code " + code));
    }

    @Operation(summary = "The target groups (first level of the taxonomy)")
    @GetMapping("/api/target-groups")
    List<TargetGroup> groups() {
        return groups.findAllByOrderByKindAscSortOrderAsc();
    }
}
