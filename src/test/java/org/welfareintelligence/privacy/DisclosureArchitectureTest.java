package org.welfareintelligence.privacy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestController;
import org.welfareintelligence.analytics.export.Table;

/**
 * Disclosure control by construction: every count of people an endpoint returns is a {@link Count}, which only
 * the privacy layer makes. Fails when an endpoint (or a view a controller builds an answer from) carries a count
 * as a raw number, returns an untyped body that is not listed below with how its counts are controlled, or when
 * a controller makes disclosure decisions itself instead of receiving controlled views.
 */
class DisclosureArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.welfareintelligence");

    /**
     * Endpoints whose body is not a typed view (bytes, text built in SQL, streams), each with how the counts it
     * may carry are controlled. A new untyped endpoint fails the test until it returns a typed view or is listed
     * here with its reason.
     */
    private static final Map<String, String> UNTYPED_BODIES = Map.ofEntries(
            Map.entry("tiles.TileController.tile", "MVT cut in SQL by VectorTiles from the releases of demand and residents"),
            Map.entry("territory.TerritoryController.layer",
                    "GeoJSON built in SQL by TerritoryQueries from the releases of residents and families"),
            Map.entry("territory.TerritoryController.publicPlaces",
                    "public places (kind, code, name, address) built in SQL, no count of people"),
            Map.entry("supply.SupplyController.facilities", "public facility information, no count of people"),
            Map.entry("supply.SupplyController.facility", "public facility information, no count of people"),
            Map.entry("supply.SupplyController.updateFacility", "public facility information, no count of people"),
            Map.entry("siting.SitingController.geoJson", "SitingExports, every count through SitingReports.people"),
            Map.entry("siting.SitingController.csv", "SitingExports, every count through SitingReports.people"),
            Map.entry("siting.SitingController.events", "job progress events, no count of people"),
            Map.entry("routing.RoutingController.events", "job progress events, no count of people"),
            Map.entry("scenario.ScenarioController.events", "simulation progress events, no count of people"),
            Map.entry("audit.AuditController.export", "the audit log, no count of people"),
            Map.entry("ingest.ImportController.batches", "import provenance (rows read and written), no count of people"),
            Map.entry("web.ErrorPages.error", "an error page or the ApiError body: a status and a reason, no count of people"));

    private static final Set<String> LEAVES = Set.of("java.lang.String", "java.lang.Boolean", "java.lang.Character",
            "java.util.UUID", "java.net.URI", "java.lang.Void", "void");

    @Test
    void endpointsAnswerWithTypedViewsWhoseCountsAreControlled() {
        List<String> violations = new ArrayList<>();
        Set<String> untyped = new HashSet<>();
        for (String problem : endpointProblems(CLASSES)) {
            String endpoint = problem.substring(problem.indexOf(' ') + 1, problem.indexOf(" returns"));
            if (problem.startsWith("untyped") && UNTYPED_BODIES.containsKey(endpoint)) {
                untyped.add(endpoint);
            } else {
                violations.add(problem);
            }
        }
        assertThat(violations).as("endpoints must return counts of people as privacy.Count (docs/privacy.md)")
                .isEmpty();
        assertThat(untyped).as("every listed untyped endpoint exists and is still untyped")
                .containsExactlyInAnyOrderElementsOf(UNTYPED_BODIES.keySet());
    }

    /** The check itself fails on an endpoint that leaks: raw counts in its view, or an untyped body. */
    @Test
    void theCheckCatchesAnEndpointThatForgetsDisclosureControl() {
        List<String> problems = endpointProblems(new ClassFileImporter().importClasses(LeakyController.class,
                LeakyView.class, LeakyRow.class));
        assertThat(problems).anyMatch(p -> p.contains("LeakyView.residents is a count of people held as double"))
                .anyMatch(p -> p.contains("LeakyRow.demandByBand is a count of people"))
                .anyMatch(p -> p.startsWith("untyped: ") && p.contains("LeakyController.untyped returns"))
                .noneMatch(p -> p.contains(".people ") || p.contains("peoplePerPlace"));
    }

    /** A view that forgot disclosure control, for the test above. */
    record LeakyView(String code, double residents, Count people, Double peoplePerPlace, List<LeakyRow> rows) {
    }

    record LeakyRow(String code, List<Double> demandByBand) {
    }

    @RestController
    static class LeakyController {

        @org.springframework.web.bind.annotation.GetMapping("/leaky")
        LeakyView leaky() {
            return null;
        }

        @org.springframework.web.bind.annotation.GetMapping("/untyped")
        org.springframework.http.ResponseEntity<?> untyped() {
            return null;
        }
    }

    private static List<String> endpointProblems(JavaClasses classes) {
        List<String> problems = new ArrayList<>();
        for (JavaMethod endpoint : endpoints(classes)) {
            String name = shortName(endpoint);
            List<String> found = new ArrayList<>();
            checkBody(endpoint.getReturnType(), name + " returns", found, new HashSet<>(), true);
            found.forEach(p -> problems.add(p.startsWith("untyped: ") ? p : "count: " + p));
        }
        return problems;
    }

    @Test
    void recordsControllersBuildAnswersFromCarryControlledCounts() {
        List<String> violations = new ArrayList<>();
        for (JavaClass controller : controllers(CLASSES)) {
            Set<JavaClass> used = new HashSet<>();
            controller.getDirectDependenciesFromSelf().forEach(d -> used.add(d.getTargetClass()));
            for (JavaClass type : used) {
                if (type.isRecord() && type.getPackageName().startsWith("org.welfareintelligence")) {
                    checkFields(type, controller.getSimpleName() + " uses " + type.getSimpleName(), violations,
                            new HashSet<>());
                }
            }
        }
        assertThat(violations).as("a record a controller touches carries counts of people as privacy.Count")
                .isEmpty();
    }

    @Test
    void controllersReceiveControlledViewsAndDecideNothing() {
        noClasses().that().areMetaAnnotatedWith(Controller.class)
                .should().dependOnClassesThat().haveFullyQualifiedName(DisclosureControl.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(ProtectedQuantity.class.getName())
                .orShould().dependOnClassesThat()
                .haveFullyQualifiedName("org.welfareintelligence.territory.TerritorialDisclosure")
                .because("disclosure control happens in the services that build views, before any controller")
                .check(CLASSES);
    }

    @Test
    void onlyThePrivacyLayerMakesCounts() {
        JavaClass count = CLASSES.get(Count.class);
        assertThat(count.getConstructors()).noneMatch(c -> c.getModifiers().contains(JavaModifier.PUBLIC));
        assertThat(count.getMethods()).filteredOn(m -> m.getModifiers().contains(JavaModifier.STATIC)
                        && m.getModifiers().contains(JavaModifier.PUBLIC) && m.getRawReturnType().equals(count))
                .extracting(JavaMethod::getName).containsExactly("zero");
    }

    @Test
    void exportersRefuseRawNumbersUnderCountNames() {
        Table table = Table.of("t", "code", "residents", "places_per_1000");
        table.row("1", Count.exact(120), 3.5);
        table.row("2", null, null);
        assertThatThrownBy(() -> table.row("3", 4.0, 1.0)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'residents' is a count of people");
        assertThat(CountNames.isCount("sharedResidents")).isTrue();
        assertThat(CountNames.isCount("demandByBand")).isTrue();
        assertThat(CountNames.isCount("withinRadius")).isTrue();
        assertThat(CountNames.isCount("target_people")).isTrue();
        assertThat(CountNames.isCount("peoplePerPlace")).isFalse();
        assertThat(CountNames.isCount("shareWithinRadius")).isFalse();
        assertThat(CountNames.isCount("sectionsWithValue")).isFalse();
        assertThat(CountNames.isCount("personTravelSaved")).isFalse();
    }

    private static List<JavaClass> controllers(JavaClasses classes) {
        return classes.stream().filter(c -> c.isMetaAnnotatedWith(Controller.class)).toList();
    }

    private static List<JavaMethod> endpoints(JavaClasses classes) {
        List<JavaMethod> endpoints = new ArrayList<>();
        for (JavaClass controller : controllers(classes)) {
            boolean rest = controller.isAnnotatedWith(RestController.class);
            for (JavaMethod method : controller.getMethods()) {
                boolean mapped = method.isAnnotatedWith(RequestMapping.class)
                        || method.isMetaAnnotatedWith(RequestMapping.class);
                boolean body = rest || method.isAnnotatedWith(ResponseBody.class)
                        || !method.getRawReturnType().isEquivalentTo(String.class);
                if (mapped && body) {
                    endpoints.add(method);
                }
            }
        }
        return endpoints;
    }

    /** The body an endpoint declares: a typed view, checked field by field, or an untyped body. */
    private static void checkBody(JavaType type, String path, List<String> problems, Set<String> visited,
                                  boolean top) {
        JavaClass raw = type.toErasure();
        String name = raw.getName();
        List<JavaType> arguments = type instanceof JavaParameterizedType p ? p.getActualTypeArguments() : List.of();
        if (!(type instanceof JavaClass) && !(type instanceof JavaParameterizedType)
                && !(type instanceof com.tngtech.archunit.core.domain.JavaGenericArrayType)) {
            problems.add("untyped: " + path + " " + type.getName());
            return;
        }
        if (raw.isArray()) {
            if (top) {
                problems.add("untyped: " + path + " " + name);
            } else {
                checkBody(raw.getComponentType(), path + "[]", problems, visited, false);
            }
            return;
        }
        if (top && (name.equals("java.lang.String") || name.equals("java.lang.Object"))) {
            problems.add("untyped: " + path + " " + name);
            return;
        }
        if (name.equals("java.lang.Object") || name.startsWith("tools.jackson") || name.startsWith("com.fasterxml")
                || name.equals("org.springframework.web.servlet.mvc.method.annotation.SseEmitter")) {
            problems.add("untyped: " + path + " " + name);
            return;
        }
        if (raw.isPrimitive() || LEAVES.contains(name) || raw.isEnum() || name.startsWith("java.time.")
                || raw.isAssignableTo(Number.class) || raw.isEquivalentTo(Count.class)) {
            return;
        }
        if (raw.isAssignableTo(Iterable.class) || raw.isAssignableTo(java.util.Optional.class)
                || raw.isAssignableTo(org.springframework.http.HttpEntity.class)) {
            if (arguments.isEmpty()) {
                problems.add("untyped: " + path + " " + name + " without a type argument");
                return;
            }
            checkBody(arguments.get(0), path + " " + raw.getSimpleName() + " of", problems, visited,
                    raw.isAssignableTo(org.springframework.http.HttpEntity.class) && top);
            return;
        }
        if (raw.isAssignableTo(Map.class)) {
            if (arguments.size() < 2) {
                problems.add("untyped: " + path + " " + name + " without type arguments");
                return;
            }
            checkBody(arguments.get(1), path + " Map of", problems, visited, false);
            return;
        }
        if (name.startsWith("org.welfareintelligence.")) {
            checkFields(raw, path + " " + raw.getSimpleName(), problems, visited);
            return;
        }
        problems.add("untyped: " + path + " " + name);
    }

    private static void checkFields(JavaClass type, String path, List<String> problems, Set<String> visited) {
        if (!visited.add(type.getName())) {
            return;
        }
        for (JavaField field : type.getAllFields()) {
            if (field.getModifiers().contains(JavaModifier.STATIC) || field.getOwner().isEquivalentTo(Object.class)
                    || !field.getOwner().getPackageName().startsWith("org.welfareintelligence")) {
                continue;
            }
            String where = path + "." + field.getName();
            if (CountNames.isCount(field.getName()) && holdsRawNumbers(field.getType())) {
                problems.add(where + " is a count of people held as " + field.getType().getName()
                        + ": make it a privacy.Count");
            }
            List<String> nested = new ArrayList<>();
            checkBody(field.getType(), where, nested, visited, false);
            nested.stream().filter(p -> !p.startsWith("untyped")).forEach(problems::add);
        }
    }

    /** A number, an array or collection of numbers, or a map to numbers. */
    private static boolean holdsRawNumbers(JavaType type) {
        JavaClass raw = type.toErasure();
        if (raw.isArray()) {
            return holdsRawNumbers(raw.getComponentType());
        }
        if ((raw.isPrimitive() && !raw.isEquivalentTo(boolean.class)) || raw.isAssignableTo(Number.class)) {
            return true;
        }
        if (type instanceof JavaParameterizedType p && !p.getActualTypeArguments().isEmpty()) {
            List<JavaType> args = p.getActualTypeArguments();
            return holdsRawNumbers(args.get(args.size() - 1));
        }
        return false;
    }

    private static String shortName(JavaMethod method) {
        return method.getOwner().getName().replace("org.welfareintelligence.", "").replace('$', '.') + "."
                + method.getName();
    }
}
