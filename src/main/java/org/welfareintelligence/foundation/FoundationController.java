package org.welfareintelligence.foundation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.welfareintelligence.web.NotFoundException;

@RestController
@Tag(name = "Foundation workspace", description = "Rank districts by a weighted need index; save priority sets")
class FoundationController {

    /** A priority set to save: its name, the districts of one level, and the targets with their weights. */
    record NewPrioritySet(String name, String level, List<String> districts, List<DistrictRanking.WeightedTarget> targets) {
    }

    private final DistrictRanking ranking;
    private final PrioritySets sets;

    FoundationController(DistrictRanking ranking, PrioritySets sets) {
        this.ranking = ranking;
        this.sets = sets;
    }

    @Operation(summary = "Districts ranked by a weighted need index, each score decomposed by target")
    @GetMapping("/api/foundation/ranking")
    DistrictRanking.Ranking rank(@RequestParam(defaultValue = "municipio") String level,
                                 @Parameter(description = "district codes, e.g. 1,4,9") @RequestParam String districts,
                                 @Parameter(description = "target:weight pairs, e.g. P_ELDERLY_75_PLUS:2,F_SINGLE_PARENT:1")
                                 @RequestParam String targets) {
        return ranking.rank(level, split(districts), weightedTargets(targets));
    }

    @Operation(summary = "Save the ranking of chosen districts and targets as a call's priority set")
    @PostMapping("/api/foundation/priority-sets")
    ResponseEntity<PrioritySets.Saved> save(@RequestBody NewPrioritySet request, Principal reader) {
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty() || name.length() > 200 || name.chars().anyMatch(c -> c == '<' || c == '>' || c < 32)) {
            throw new IllegalArgumentException("name: 1 to 200 characters, without markup or control characters");
        }
        if (request.districts() == null || request.targets() == null) {
            throw new IllegalArgumentException("districts and targets are required");
        }
        DistrictRanking.Ranking ranked = ranking.rank(request.level(), request.districts(), request.targets());
        long id = sets.save(reader.getName(), name, request.districts(), ranked);
        return ResponseEntity.created(URI.create("/api/foundation/priority-sets/" + id))
                .body(sets.find(reader.getName(), id));
    }

    @Operation(summary = "The reader's saved priority sets, newest first")
    @GetMapping("/api/foundation/priority-sets")
    List<PrioritySets.Summary> list(Principal reader) {
        return sets.list(reader.getName());
    }

    @Operation(summary = "One of the reader's priority sets with its ranking as saved")
    @GetMapping("/api/foundation/priority-sets/{id}")
    PrioritySets.Saved find(@PathVariable long id, Principal reader) {
        PrioritySets.Saved saved = sets.find(reader.getName(), id);
        if (saved == null) {
            throw new NotFoundException("no priority set " + id + " of yours");
        }
        return saved;
    }

    @Operation(summary = "Delete one of the reader's priority sets")
    @DeleteMapping("/api/foundation/priority-sets/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, Principal reader) {
        if (!sets.delete(reader.getName(), id)) {
            throw new NotFoundException("no priority set " + id + " of yours");
        }
        return ResponseEntity.noContent().build();
    }

    private static List<DistrictRanking.WeightedTarget> weightedTargets(String text) {
        List<DistrictRanking.WeightedTarget> targets = new ArrayList<>();
        for (String pair : split(text)) {
            String[] parts = pair.split(":", 2);
            try {
                targets.add(new DistrictRanking.WeightedTarget(parts[0].strip(),
                        parts.length == 2 ? Double.parseDouble(parts[1].strip()) : 1.0));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("targets: '" + pair + "' is not code:weight with a numeric weight");
            }
        }
        return targets;
    }

    private static List<String> split(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
