package org.welfareintelligence.scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Service;
import org.welfareintelligence.analytics.AnalyticsProperties;
import org.welfareintelligence.database.DataVersion;
import org.welfareintelligence.privacy.DisclosureControl;
import org.welfareintelligence.scenario.core.Ordering;
import org.welfareintelligence.scenario.core.Simulation;
import org.welfareintelligence.security.CurrentUser;
import org.welfareintelligence.security.Role;
import org.welfareintelligence.web.ForbiddenException;
import org.welfareintelligence.web.NotFoundException;

/**
 * Scenarios per owner: planners, organisation members (their own bid) and foundations create them; the owner
 * edits, shares and deletes; whoever it is shared with (a role, an organisation) reads, copies and simulates
 * it; administrators see all. A scenario another reader may not see answers 404, one they may see but not
 * change 403, a baseline 409 on edit.
 */
@Service
class ScenarioService {

    /** A scenario as the API shows it; {@code editable} says whether the reader may change it. */
    record ScenarioView(long id, String name, String owner, boolean baseline, boolean editable, List<String> sharedRoles,
                        List<Long> sharedOrganisations, ScenarioRequest definition, Long dataVersion, String simulatedAt,
                        String createdAt, String updatedAt) {
    }

    /** An edit of a baseline, or a result asked for before a simulation; answered with 409. */
    static final class ConflictException extends RuntimeException {
        ConflictException(String message) {
            super(message);
        }
    }

    /** Plans an ordering may simulate, and how many plans at most are all tried (then the best is proven). */
    static final int ORDER_SIMULATIONS = 1500;
    static final int ORDER_EXACT = 1024;

    private static final List<Role> CREATORS = List.of(Role.PLANNER, Role.ORGANISATION, Role.FOUNDATION);

    private final ScenarioStore store;
    private final ScenarioInputs inputs;
    private final ScenarioJobs jobs;
    private final ScenarioResults results;
    private final CurrentUser user;
    private final DataVersion dataVersion;
    private final DisclosureControl disclosure;
    private final double defaultCutoff;

    ScenarioService(ScenarioStore store, ScenarioInputs inputs, ScenarioJobs jobs, ScenarioResults results,
                    CurrentUser user, DataVersion dataVersion, DisclosureControl disclosure,
                    AnalyticsProperties analytics) {
        this.store = store;
        this.inputs = inputs;
        this.jobs = jobs;
        this.results = results;
        this.user = user;
        this.dataVersion = dataVersion;
        this.disclosure = disclosure;
        this.defaultCutoff = analytics.defaultCutoff();
    }

    List<ScenarioView> list() {
        ScenarioStore.Reader reader = reader();
        return store.list(reader).stream().map(s -> view(s, reader)).toList();
    }

    ScenarioView get(long id) {
        ScenarioStore.Reader reader = reader();
        return view(visible(id, reader), reader);
    }

    ScenarioView create(ScenarioRequest request) {
        ScenarioStore.Reader reader = reader();
        if (CREATORS.stream().noneMatch(user::hasRole)) {
            throw new ForbiddenException("scenarios are created by planners, organisations and foundations");
        }
        ScenarioDefinition definition = checked(request, reader);
        long id = store.insert(reader, definition, request);
        return view(visible(id, reader), reader);
    }

    ScenarioView update(long id, ScenarioRequest request) {
        ScenarioStore.Reader reader = reader();
        ScenarioStore.Stored stored = owned(id, reader);
        if (stored.baseline()) {
            throw new ConflictException("scenario " + id + " is a baseline, which cannot be edited: copy it instead");
        }
        ScenarioDefinition definition = checked(request, reader);
        if (!store.update(reader.name(), id, definition, request)) {
            throw new NotFoundException("no scenario " + id);
        }
        jobs.forget(id);
        return view(visible(id, reader), reader);
    }

    void delete(long id) {
        ScenarioStore.Reader reader = reader();
        ScenarioStore.Stored stored = visible(id, reader);
        if (!stored.owner().equals(reader.name()) && !reader.admin()) {
            throw new ForbiddenException("only the owner of scenario " + id + " may delete it");
        }
        store.delete(id, reader);
        jobs.forget(id);
    }

    /** A copy owned by the caller, editable (a copy of a baseline is a scenario to change), shared with nobody. */
    ScenarioView copy(long id) {
        ScenarioStore.Reader reader = reader();
        ScenarioStore.Stored stored = visible(id, reader);
        ScenarioRequest from = stored.definition();
        String name = (stored.name() + " (copy)");
        ScenarioRequest copy = new ScenarioRequest(name.length() > 200 ? name.substring(0, 200) : name,
                from.baseYear(), from.horizon(), from.serviceType(), from.targets(), false, null, from.assumptions(),
                from.changes());
        return create(copy);
    }

    ScenarioJob simulate(long id) {
        ScenarioStore.Reader reader = reader();
        ScenarioStore.Stored stored = visible(id, reader);
        ScenarioDefinition definition = ScenarioDefinition.parse(stored.definition(), defaultCutoff);
        return jobs.submit(inputs.prepare(id, definition), reader.name());
    }

    /**
     * The order of the scenario's centre changes within a yearly budget, worked out at once on inputs loaded for
     * the reader (the search is bounded: {@link #ORDER_SIMULATIONS} plans, every plan up to {@link #ORDER_EXACT}).
     */
    ScenarioResults.OrderView order(long id, OrderRequest request) {
        ScenarioStore.Reader reader = reader();
        ScenarioStore.Stored stored = visible(id, reader);
        ScenarioDefinition definition = ScenarioDefinition.parse(stored.definition(), defaultCutoff);
        if (request == null) {
            throw new IllegalArgumentException("the request body is required: {budgetPerYear, objective}");
        }
        OrderRequest.OrderQuestion question = request.parse(definition.horizon());
        ScenarioInputs.Prepared prepared = inputs.prepare(id, definition);
        if (prepared.centreChanges().isEmpty()) {
            throw new IllegalArgumentException("changes: scenario " + id + " opens, closes or resizes no centre, so "
                    + "there is nothing to order");
        }
        Simulation.Input scenario = prepared.scenario();
        Simulation.Input withoutChanges = new Simulation.Input(scenario.years(), scenario.demand(),
                prepared.baseline().places(), scenario.costs(), scenario.cutoff(), scenario.takeUp(),
                scenario.normPer1000());
        List<Ordering.Candidate> candidates = new ArrayList<>();
        for (int c = 0; c < prepared.centreChanges().size(); c++) {
            candidates.add(new Ordering.Candidate(prepared.centreChanges().get(c),
                    definition.changes().get(prepared.changeIndex()[c]).cost()));
        }
        Ordering.Plan plan = Ordering.plan(new Ordering.Problem(withoutChanges, prepared.assignment(), candidates,
                question.budget(), question.objective(), ORDER_SIMULATIONS, ORDER_EXACT));
        Simulation.Year[] baseline = Simulation.run(prepared.baseline(), prepared.assignment()).years();
        double[] baselineByYear = new double[baseline.length];
        for (int t = 0; t < baseline.length; t++) {
            baselineByYear[t] = question.objective() == Ordering.Objective.SERVED ? baseline[t].totalServed()
                    : baseline[t].demandWithinReach();
        }
        return results.order(prepared, question.objective(), question.budget(), plan, baselineByYear);
    }

    ScenarioJob job(String jobId) {
        ScenarioStore.Reader reader = reader();
        return jobs.find(jobId, reader.name(), reader.admin());
    }

    ScenarioResults.ResultView result(long id, Integer year) {
        return results.result(simulated(id), year, dataVersion.current());
    }

    ScenarioResults.SectionDiffView sections(long id, Integer year) {
        return results.sections(simulated(id), year);
    }

    ScenarioResults.CompareView compare(String ids) {
        if (ids == null || ids.isBlank()) {
            throw new IllegalArgumentException("ids: 1 to 6 scenario ids, comma-separated");
        }
        List<ScenarioJobs.Simulated> simulations = new ArrayList<>();
        for (String text : ids.split(",")) {
            try {
                simulations.add(simulated(Long.parseLong(text.trim())));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("ids: '" + text.trim() + "' is not a scenario id");
            }
        }
        if (simulations.size() > 6) {
            throw new IllegalArgumentException("ids: 1 to 6 scenario ids, got " + simulations.size());
        }
        return results.compare(simulations);
    }

    private ScenarioJobs.Simulated simulated(long id) {
        visible(id, reader());
        return jobs.result(id, disclosure.appliesToCurrentUser()).orElseThrow(() -> new ConflictException(
                "scenario " + id + " has no simulation for you yet: POST /api/scenarios/" + id + "/simulate"));
    }

    private ScenarioDefinition checked(ScenarioRequest request, ScenarioStore.Reader reader) {
        ScenarioDefinition definition = ScenarioDefinition.parse(request, defaultCutoff);
        inputs.check(definition, reader, user.actsForEveryOrganisation());
        return definition;
    }

    private ScenarioStore.Stored visible(long id, ScenarioStore.Reader reader) {
        return store.find(id, reader).orElseThrow(() -> new NotFoundException("no scenario " + id));
    }

    private ScenarioStore.Stored owned(long id, ScenarioStore.Reader reader) {
        ScenarioStore.Stored stored = visible(id, reader);
        if (!stored.owner().equals(reader.name())) {
            throw new ForbiddenException("only the owner of scenario " + id + " may change it");
        }
        return stored;
    }

    private ScenarioView view(ScenarioStore.Stored s, ScenarioStore.Reader reader) {
        return new ScenarioView(s.id(), s.name(), s.owner(), s.baseline(), !s.baseline() && s.owner().equals(reader.name()),
                s.sharedRoles(), s.sharedOrganisations(), s.definition(), s.dataVersion(), s.simulatedAt(),
                s.createdAt(), s.updatedAt());
    }

    private ScenarioStore.Reader reader() {
        List<String> roles = Arrays.stream(Role.values()).filter(user::hasRole).map(Role::name).toList();
        return new ScenarioStore.Reader(user.name(), roles, user.organisationId().orElse(null), user.hasRole(Role.ADMIN));
    }
}
