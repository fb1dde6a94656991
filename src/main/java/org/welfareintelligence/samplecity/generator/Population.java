package org.welfareintelligence.samplecity.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.welfareintelligence.samplecity.generator.CityLayout.Neighbourhood;
import org.welfareintelligence.samplecity.generator.CityLayout.Section;

/**
 * Residents, families, dwellings and buildings of every section, shaped on Milan's 2011 census
 * profile. Each neighbourhood gets a character (older, younger, more foreign residents, more
 * deprived) so that demand is unevenly spread, as it is in a real city.
 */
final class Population {

    /** Fictitious ISTAT municipality code: province 99 does not exist (Milan is 15146). */
    static final String PROCOM = "99146";
    static final int MEAN_SECTION_POPULATION = 220;
    static final double FOREIGN_SHARE = 0.14;

    /** Milan 2011 residents by 5-year band (<5, 5-9, ..., 70-74, 75+), from the census totals. */
    private static final double[] AGE_PROFILE = {
            55_415, 53_445, 49_095, 47_413, 50_363, 60_445, 76_376, 99_061,
            105_942, 101_762, 84_300, 72_874, 75_526, 73_337, 78_388, 158_381};
    private static final double[] MALE_SHARE = {
            0.515, 0.519, 0.517, 0.520, 0.515, 0.498, 0.494, 0.488,
            0.488, 0.484, 0.477, 0.467, 0.448, 0.443, 0.432, 0.361};
    /** Marital status by band from 15-19 on: single, married, legally separated, widowed, divorced. */
    private static final double[][] MARITAL = {
            {0.99, 0.01, 0, 0, 0}, {0.93, 0.065, 0.002, 0, 0.003}, {0.78, 0.20, 0.01, 0, 0.01},
            {0.55, 0.41, 0.02, 0.001, 0.019}, {0.40, 0.54, 0.03, 0.002, 0.028}, {0.31, 0.60, 0.04, 0.005, 0.045},
            {0.25, 0.61, 0.07, 0.01, 0.06}, {0.19, 0.63, 0.08, 0.02, 0.08}, {0.15, 0.65, 0.08, 0.04, 0.08},
            {0.12, 0.66, 0.07, 0.07, 0.08}, {0.10, 0.64, 0.04, 0.16, 0.07}, {0.09, 0.55, 0.03, 0.29, 0.05},
            {0.08, 0.30, 0.02, 0.57, 0.03}};
    /** Labour-force participation by band from 15-19 on. */
    private static final double[] PARTICIPATION = {
            0.08, 0.55, 0.86, 0.94, 0.95, 0.95, 0.93, 0.88, 0.70, 0.36, 0.09, 0.03, 0.01};
    /** Families by size 1..6+ in Milan 2011 (45% one-person). */
    private static final double[] FAMILY_SIZES = {0.4475, 0.2778, 0.148, 0.0971, 0.023, 0.0067};

    record Character(double density, double elderly, double children, double foreign, double deprivation, double centrality) {
    }

    final List<CensusRow> rows;

    private Population(List<CensusRow> rows) {
        this.rows = rows;
    }

    int residents() {
        return rows.stream().mapToInt(r -> r.get("P1")).sum();
    }

    int families() {
        return rows.stream().mapToInt(r -> r.get("PF1")).sum();
    }

    /** The census row of a real section (same order as the layout's sections). */
    CensusRow row(Section section) {
        return rows.get(section.number() - 1);
    }

    static Population generate(CityLayout layout, SplittableRandom rng) {
        List<Character> characters = characters(layout.neighbourhoods(), rng.split());
        List<Section> sections = layout.sections();
        int[] residents = residents(sections, characters, rng.split());
        double[] foreignShare = foreignShares(sections, characters, residents, rng.split());
        List<CensusRow> rows = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            Character c = characters.get(s.neighbourhood() - 1);
            CensusRow row = new CensusRow(s.number(), s.neighbourhood(), s.municipio(), false);
            fillResidents(row, residents[i], ageWeights(c, foreignShare[i]), 1.0, foreignShare[i], c, rng);
            fillFamilies(row, c, foreignShare[i], rng);
            fillDwellings(row, c, rng);
            fillBuildings(row, c, s.distanceFromCentre(), rng);
            rows.add(row);
        }
        rows.addAll(placeholders(layout, characters, rng.split()));
        return new Population(rows);
    }

    private static List<Character> characters(List<Neighbourhood> neighbourhoods, SplittableRandom rng) {
        // a few outer neighbourhoods become arrival areas, a few others ageing public-housing estates
        List<Integer> outer = new ArrayList<>();
        List<Integer> middle = new ArrayList<>();
        for (Neighbourhood n : neighbourhoods) {
            double r = n.distanceFromCentre();
            if (r > 3_800) {
                outer.add(n.id());
            } else if (r > 2_000) {
                middle.add(n.id());
            }
        }
        List<Integer> shuffledOuter = PlaceNames.shuffled(outer, rng);
        List<Integer> arrival = new ArrayList<>(shuffledOuter.subList(0, Math.min(5, shuffledOuter.size())));
        arrival.addAll(PlaceNames.shuffled(middle, rng).subList(0, Math.min(2, middle.size())));
        List<Integer> estates = shuffledOuter.subList(Math.min(5, shuffledOuter.size()), Math.min(10, shuffledOuter.size()));

        List<Character> result = new ArrayList<>();
        for (Neighbourhood n : neighbourhoods) {
            double r = n.distanceFromCentre();
            double centrality = Math.exp(-r / 2_000);
            boolean isArrival = arrival.contains(n.id());
            boolean isEstate = estates.contains(n.id());
            double elderly = Allocation.lognormal(0.15, rng) * (isEstate ? 1.35 : 1) * (isArrival ? 0.75 : 1);
            double children = Allocation.lognormal(0.12, rng) / Math.sqrt(elderly) * (isArrival ? 1.25 : 1);
            double foreign = Allocation.lognormal(0.25, rng) * (isArrival ? 3.0 : 1) * (n.municipio() == 1 ? 0.7 : 1);
            double deprivation = 0.12 + 0.2 * Math.min(1, r / 7_000) + (isArrival ? 0.35 : 0) + (isEstate ? 0.4 : 0)
                    + 0.08 * Allocation.gaussian(rng) - 0.1 * centrality;
            result.add(new Character(Allocation.lognormal(0.2, rng), elderly, children, foreign,
                    Math.max(0.02, Math.min(0.95, deprivation)), centrality));
        }
        return result;
    }

    /** Residents per km2 by distance from the centre: a quieter historic core, a dense inner ring, a looser edge. */
    private static double residentialDensity(double r) {
        double[][] knots = {{0, 8_000}, {1_500, 9_500}, {2_500, 15_000}, {4_000, 16_000}, {5_500, 9_000}, {7_000, 4_500}, {9_000, 3_000}};
        for (int i = 1; i < knots.length; i++) {
            if (r <= knots[i][0]) {
                double t = (r - knots[i - 1][0]) / (knots[i][0] - knots[i - 1][0]);
                return knots[i - 1][1] + t * (knots[i][1] - knots[i - 1][1]);
            }
        }
        return knots[knots.length - 1][1];
    }

    /** Residents per section, scaled to the target mean; parks, rail yards and industrial sections stay empty. */
    private static int[] residents(List<Section> sections, List<Character> characters, SplittableRandom rng) {
        double[] raw = new double[sections.size()];
        for (int i = 0; i < raw.length; i++) {
            Section s = sections.get(i);
            double r = s.distanceFromCentre();
            boolean empty = rng.nextDouble() < 0.025 + 0.05 * Math.min(1, r / 7_000);
            raw[i] = empty ? 0 : residentialDensity(r) * s.areaM2() * characters.get(s.neighbourhood() - 1).density()
                    * Allocation.lognormal(0.45, rng);
        }
        double target = (double) MEAN_SECTION_POPULATION * sections.size();
        // the densest blocks top out at 750-900 residents, as in Milan
        double[] cap = new double[raw.length];
        for (int i = 0; i < cap.length; i++) {
            cap[i] = 900 * (0.83 + 0.17 * rng.nextDouble());
        }
        double scale = target / java.util.Arrays.stream(raw).sum();
        int[] residents = new int[raw.length];
        for (int pass = 0; pass < 4; pass++) {
            long total = 0;
            for (int i = 0; i < raw.length; i++) {
                residents[i] = (int) Math.round(Math.min(cap[i], raw[i] * scale));
                total += residents[i];
            }
            scale *= target / total;
        }
        return residents;
    }

    /** Share of foreign residents per section, clustered by neighbourhood and scaled to the city-wide share. */
    private static double[] foreignShares(List<Section> sections, List<Character> characters, int[] residents, SplittableRandom rng) {
        double[] raw = new double[sections.size()];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = characters.get(sections.get(i).neighbourhood() - 1).foreign() * Allocation.lognormal(0.3, rng);
        }
        double total = java.util.Arrays.stream(residents).sum();
        double scale = FOREIGN_SHARE / 1.3;
        double[] share = new double[raw.length];
        for (int pass = 0; pass < 5; pass++) {
            double foreigners = 0;
            for (int i = 0; i < raw.length; i++) {
                share[i] = Math.min(0.65, raw[i] * scale);
                foreigners += share[i] * residents[i];
            }
            scale *= FOREIGN_SHARE * total / foreigners;
        }
        return share;
    }

    private static double[] ageWeights(Character c, double foreignShare) {
        double[] w = AGE_PROFILE.clone();
        for (int b = 0; b < w.length; b++) {
            if (b <= 2) {
                w[b] *= c.children() * (1 + 0.5 * foreignShare);
            } else if (b >= 5 && b <= 9) {
                w[b] *= 1 + 0.9 * foreignShare + 0.1 * c.centrality();
            } else if (b >= 13) {
                w[b] *= 1.12 * c.elderly() * (1 - 0.8 * foreignShare);
            }
        }
        return w;
    }

    /** Age, sex, marital status, education, labour, commuting and foreign residents of a section. */
    private static void fillResidents(CensusRow row, int residents, double[] ageWeights, double maleBias, double foreignShare,
                                      Character c, SplittableRandom rng) {
        int[] bands = Allocation.proportional(residents, Allocation.jitter(ageWeights, 0.25, rng));
        int[] males = new int[16];
        int[] females = new int[16];
        for (int b = 0; b < 16; b++) {
            males[b] = binomial(bands[b], Math.min(0.95, MALE_SHARE[b] * maleBias), rng);
            females[b] = bands[b] - males[b];
        }
        row.set("P1", residents);
        row.set("P2", Allocation.sum(males));
        row.set("P3", residents - Allocation.sum(males));
        row.setRun("P", 14, bands);
        row.setRun("P", 30, males);

        int[] marital = new int[5];
        int[] maleMarital = new int[5];
        for (int b = 0; b < 16; b++) {
            if (b < 3) {
                marital[0] += bands[b];
                maleMarital[0] += males[b];
                continue;
            }
            double[] p = MARITAL[b - 3];
            // women outlive their husbands: far fewer widowers than widows
            double[] maleP = {p[0], p[1] + 0.7 * p[3], p[2], 0.3 * p[3], p[4]};
            int[] m = Allocation.proportional(males[b], Allocation.jitter(maleP, 0.15, rng));
            int[] f = Allocation.proportional(females[b], Allocation.jitter(p, 0.15, rng));
            for (int k = 0; k < 5; k++) {
                marital[k] += m[k] + f[k];
                maleMarital[k] += m[k];
            }
        }
        row.setRun("P", 4, marital);
        row.setRun("P", 9, maleMarital);

        int[] education = education(males, c, rng);
        int[] femaleEducation = education(females, c, rng);
        int[] allEducation = new int[6];
        for (int k = 0; k < 6; k++) {
            allEducation[k] = education[k] + femaleEducation[k];
        }
        row.set("P46", Allocation.sum(allEducation));
        row.setRun("P", 47, allEducation);
        row.set("P53", Allocation.sum(education));
        row.setRun("P", 54, education);

        Labour m = labour(males, true, c, foreignShare, rng);
        Labour f = labour(females, false, c, foreignShare, rng);
        row.set("P60", m.force() + f.force());
        row.set("P61", m.employed + f.employed);
        row.set("P62", m.unemployed + f.unemployed);
        row.set("P64", m.force());
        row.set("P65", m.employed);
        row.set("P66", m.unemployed);
        row.set("P128", m.inactive + f.inactive);
        row.set("P129", m.inactive);
        row.set("P130", m.homemakers + f.homemakers);
        row.set("P131", m.students + f.students);
        row.set("P132", m.students);
        row.set("P135", m.other + f.other);
        row.set("P136", m.other);
        int schoolChildren = bands[1] + bands[2];
        int withinCity = Math.min(residents, Allocation.stochasticRound(
                (0.8 * (m.employed + f.employed) + 0.85 * (m.students + f.students) + 0.92 * schoolChildren) * Allocation.lognormal(0.08, rng), rng));
        row.set("P137", withinCity);
        row.set("P138", Math.min(residents - withinCity, Allocation.stochasticRound(
                (0.13 * (m.employed + f.employed) + 0.12 * (m.students + f.students)) * Allocation.lognormal(0.15, rng), rng)));
        int maleEarners = Math.min(m.adults, Allocation.stochasticRound(0.4 * m.employed + 0.05 * m.inactive, rng));
        int femaleEarners = Math.min(f.adults, Allocation.stochasticRound(0.6 * f.employed + 0.05 * f.inactive, rng));
        row.set("P139", maleEarners + femaleEarners);
        row.set("P140", maleEarners);

        fillForeigners(row, bands, males, foreignShare, rng);
    }

    /** Degree, diploma, lower secondary, primary, literate without title, illiterate: residents aged 6+. */
    private static int[] education(int[] bands, Character c, SplittableRandom rng) {
        int[] out = new int[6];
        int fiveYearOlds = Allocation.stochasticRound(bands[1] * 0.2, rng);
        out[4] += bands[1] - fiveYearOlds;
        add(out, Allocation.proportional(bands[2], new double[] {0, 0, 0, 0.8, 0.2, 0}));
        add(out, Allocation.proportional(bands[3], Allocation.jitter(new double[] {0, 0.12, 0.83, 0.05, 0, 0}, 0.1, rng)));
        double advantage = 1 + 0.9 * c.centrality() - 0.7 * c.deprivation();
        double disadvantage = 1 + 1.2 * c.deprivation() - 0.4 * c.centrality();
        int adults = 0;
        for (int b = 4; b <= 12; b++) {
            adults += bands[b];
        }
        add(out, Allocation.proportional(adults, Allocation.jitter(new double[] {
                0.36 * advantage, 0.40, 0.21 * disadvantage, 0.04 * disadvantage, 0.01 * disadvantage, 0.004 * disadvantage}, 0.12, rng)));
        add(out, Allocation.proportional(bands[13] + bands[14] + bands[15], Allocation.jitter(new double[] {
                0.14 * advantage, 0.27, 0.22 * disadvantage, 0.29 * disadvantage, 0.045 * disadvantage, 0.01 * disadvantage}, 0.12, rng)));
        return out;
    }

    private static void add(int[] into, int[] values) {
        for (int i = 0; i < into.length; i++) {
            into[i] += values[i];
        }
    }

    /** Residents aged 15+ of one sex: in the labour force (employed, unemployed, first-job seekers) or not. */
    private record Labour(int adults, int employed, int unemployed, int firstJob, int inactive, int students, int homemakers, int other) {
        int force() {
            return employed + unemployed + firstJob;
        }
    }

    private static Labour labour(int[] bands, boolean male, Character c, double foreignShare, SplittableRandom rng) {
        int adults = 0;
        int force = 0;
        for (int b = 3; b < 16; b++) {
            adults += bands[b];
            double rate = PARTICIPATION[b - 3] * (!male && b >= 5 && b <= 12 ? 0.9 : 1) * (1 - 0.1 * c.deprivation());
            force += binomial(bands[b], Math.min(0.97, rate), rng);
        }
        double unemployment = 0.032 * (1 + 1.8 * c.deprivation()) * (1 + 0.8 * foreignShare);
        int[] split = Allocation.proportional(force, Allocation.jitter(new double[] {1 - unemployment * 1.3, unemployment, 0.3 * unemployment}, 0.2, rng));
        int inactive = adults - force;
        int students = Math.min(inactive, Allocation.stochasticRound(0.88 * bands[3] + 0.42 * bands[4] + 0.08 * bands[5], rng));
        int homemakers = Math.min(inactive - students, Allocation.stochasticRound(
                inactive * (male ? 0.004 : 0.24 * (1 + 0.5 * c.deprivation() + 0.6 * foreignShare)), rng));
        int other = Math.min(inactive - students - homemakers, Allocation.stochasticRound(inactive * (0.09 + 0.08 * c.deprivation()), rng));
        return new Labour(adults, split[0], split[1], split[2], inactive, students, homemakers, other);
    }

    private static void fillForeigners(CensusRow row, int[] bands, int[] males, double share, SplittableRandom rng) {
        int residents = row.get("P1");
        int foreigners = binomial(residents, share, rng);
        int[] ageGroups = {sum(bands, 0, 5), sum(bands, 6, 10), sum(bands, 11, 15)};
        int[] maleGroups = {sum(males, 0, 5), sum(males, 6, 10), sum(males, 11, 15)};
        int[] byAge = Allocation.capped(foreigners, Allocation.jitter(new double[] {0.39, 0.53, 0.08}, 0.2, rng), ageGroups);
        foreigners = Allocation.sum(byAge);
        int[] maleCaps = {Math.min(byAge[0], maleGroups[0]), Math.min(byAge[1], maleGroups[1]), Math.min(byAge[2], maleGroups[2])};
        int[] maleByAge = Allocation.capped(binomial(foreigners, 0.467, rng), new double[] {byAge[0], byAge[1], byAge[2] * 0.8}, maleCaps);
        int stateless = binomial(foreigners, 0.0002, rng);
        int[] continents = Allocation.proportional(foreigners - stateless,
                Allocation.jitter(new double[] {0.19, 0.183, 0.22, 0.406, 0.0006}, 0.35, rng));
        row.set("ST1", foreigners);
        row.set("ST2", Allocation.sum(maleByAge));
        row.setRun("ST", 3, byAge);
        row.setRun("ST", 6, maleByAge);
        row.setRun("ST", 9, continents);
        row.set("ST14", stateless);
        row.set("ST15", foreigners - stateless);
    }

    /** Families by size: Milan's distribution, shifted by the neighbourhood, then adjusted so members match residents. */
    private static void fillFamilies(CensusRow row, Character c, double foreignShare, SplittableRandom rng) {
        int residents = row.get("P1");
        // a few residents live in institutions (convents, care homes) rather than in families
        int members = residents - Allocation.stochasticRound(residents * 0.006, rng);
        double[] w = FAMILY_SIZES.clone();
        w[0] *= 1 + 0.5 * c.centrality() + 0.25 * (c.elderly() - 1);
        w[2] *= c.children();
        w[3] *= c.children();
        w[4] *= 1 + 1.5 * foreignShare;
        w[5] *= 1 + 2.5 * foreignShare;
        w = Allocation.jitter(w, 0.15, rng);
        double meanSize = 0;
        double total = 0;
        for (int k = 0; k < 6; k++) {
            meanSize += (k == 5 ? 6.4 : k + 1) * w[k];
            total += w[k];
        }
        int[] count = Allocation.proportional((int) Math.round(members / (meanSize / total)), w);
        int largeMembers = 6 * count[5] + Allocation.stochasticRound(0.4 * count[5], rng);
        int current = count[0] + 2 * count[1] + 3 * count[2] + 4 * count[3] + 5 * count[4] + largeMembers;
        // grow or shrink families one member at a time until every member is counted
        while (current < members) {
            int k = rng.nextInt(6);
            if (k == 0) {
                count[0]++;
            } else if (k <= 4 && count[k - 1] > 0) {
                count[k - 1]--;
                count[k]++;
            } else if (k == 5 && count[5] > 0) {
                largeMembers++;
            } else {
                continue;
            }
            current++;
        }
        while (current > members) {
            int k = rng.nextInt(6);
            if (k == 0 && count[0] > 0) {
                count[0]--;
            } else if (k >= 1 && k <= 4 && count[k] > 0) {
                count[k]--;
                count[k - 1]++;
            } else if (k == 5 && largeMembers > 6 * count[5]) {
                largeMembers--;
            } else if (k == 5 && count[5] > 0) {
                count[5]--;
                count[4]++;
                largeMembers -= 6;
            } else {
                continue;
            }
            current--;
        }
        row.set("PF1", Allocation.sum(count));
        row.set("PF2", current);
        row.setRun("PF", 3, count);
        row.set("PF9", largeMembers);
    }

    private static void fillDwellings(CensusRow row, Character c, SplittableRandom rng) {
        int families = row.get("PF1");
        int sharing = Allocation.stochasticRound(families * 0.02, rng);
        int occupied = families - sharing;
        row.set("A2", occupied);
        row.set("A5", Math.min(sharing, Allocation.stochasticRound(families * 0.003, rng)));
        int empty = Allocation.stochasticRound(occupied * (0.05 + 0.04 * c.centrality()) * Allocation.lognormal(0.5, rng), rng);
        int nonResident = Allocation.stochasticRound(occupied * (0.001 + 0.012 * c.centrality()) * Allocation.lognormal(0.5, rng), rng);
        row.set("A3", empty + nonResident);
        row.set("A6", empty);
        row.set("A7", nonResident);
        double meanSurface = 82 + 38 * c.centrality() - 10 * c.deprivation();
        row.set("A44", (int) Math.round(occupied * meanSurface * Allocation.lognormal(0.12, rng)));
        double renting = 0.19 + 0.35 * c.deprivation() + 0.08 * c.centrality();
        int[] tenure = Allocation.proportional(families, Allocation.jitter(new double[] {renting, 1 - renting - 0.075, 0.075}, 0.2, rng));
        row.setRun("A", 46, tenure);
    }

    private static void fillBuildings(CensusRow row, Character c, double r, SplittableRandom rng) {
        int dwellings = row.get("A2") + row.get("A3");
        double centre = Math.exp(-r / 1_500);
        double edge = Math.min(1, Math.max(0, (r - 3_000) / 4_000));
        double unitsPerBuilding = 8 + 12 * Math.exp(-Math.pow((r - 3_000) / 2_500, 2)) + 5 * centre;
        int residential = dwellings == 0 ? 0 : Math.max(1, (int) Math.round(dwellings / unitsPerBuilding * Allocation.lognormal(0.3, rng)));
        int other = row.get("P1") == 0
                ? rng.nextInt(8)
                : Allocation.stochasticRound(residential * (0.3 + 0.5 * centre + 0.3 * edge) * Allocation.lognormal(0.4, rng), rng);
        int used = residential + other;
        row.set("E1", used + Allocation.stochasticRound(used * 0.03, rng));
        row.set("E2", used);
        row.set("E3", residential);
        row.set("E4", other);
        row.setRun("E", 5, Allocation.proportional(residential, Allocation.jitter(new double[] {0.3 + 0.6 * centre, 0.55, 0.07}, 0.25, rng)));
        double[] era = new double[9];
        double[] central = {0.45, 0.25, 0.12, 0.06, 0.03, 0.02, 0.02, 0.02, 0.03};
        double[] inner = {0.08, 0.25, 0.32, 0.18, 0.07, 0.03, 0.02, 0.02, 0.03};
        double[] outer = {0.03, 0.08, 0.2, 0.25, 0.17, 0.08, 0.07, 0.05, 0.07};
        for (int i = 0; i < 9; i++) {
            era[i] = centre * central[i] + (1 - centre) * ((1 - edge) * inner[i] + edge * outer[i]);
        }
        row.setRun("E", 8, Allocation.proportional(residential, Allocation.jitter(era, 0.3, rng)));
        row.setRun("E", 17, Allocation.proportional(residential, Allocation.jitter(new double[] {
                0.02 + 0.12 * edge, 0.04 + 0.18 * edge, 0.08 + 0.08 * edge, 0.86 - 0.35 * edge}, 0.25, rng)));
        row.setRun("E", 21, Allocation.proportional(residential, Allocation.jitter(new double[] {
                0.05 + 0.15 * edge, 0.03 + 0.07 * edge, 0.06 + 0.05 * edge, 0.14, 0.2, 0.5 - 0.2 * edge}, 0.25, rng)));
        row.set("E27", dwellings == 0 ? 0 : Math.max(residential, dwellings + Allocation.stochasticRound(dwellings * 0.08, rng)));
        double d = c.deprivation();
        row.setRun("E", 28, Allocation.proportional(residential, Allocation.jitter(new double[] {
                0.47 * (1 - 0.7 * d + 0.3 * c.centrality()), 0.46, 0.06 * (1 + 1.5 * d), 0.005 * (1 + 5 * d)}, 0.3, rng)));
    }

    /** ISTAT's placeholder sections: homeless people registered at a conventional address, mostly adult men. */
    private static List<CensusRow> placeholders(CityLayout layout, List<Character> characters, SplittableRandom rng) {
        List<CensusRow> rows = new ArrayList<>();
        double[] adults = AGE_PROFILE.clone();
        for (int b = 0; b < adults.length; b++) {
            adults[b] *= b < 4 ? 0.02 : b >= 14 ? 0.3 : 1;
        }
        for (int i = 1; i <= 3; i++) {
            Neighbourhood n = layout.neighbourhoods().get(rng.nextInt(layout.neighbourhoods().size()));
            Character c = characters.get(n.id() - 1);
            CensusRow row = new CensusRow(8_888_880 + i, n.id(), n.municipio(), true);
            fillResidents(row, 5 + rng.nextInt(60), adults, 1.6, 0.3, c, rng);
            row.set("PF1", row.get("P1"));
            row.set("PF2", row.get("P1"));
            row.set("PF3", row.get("P1"));
            rows.add(row);
        }
        return rows;
    }

    private static int sum(int[] values, int from, int to) {
        int s = 0;
        for (int i = from; i <= to; i++) {
            s += values[i];
        }
        return s;
    }

    private static int binomial(int n, double p, SplittableRandom rng) {
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (rng.nextDouble() < p) {
                k++;
            }
        }
        return k;
    }
}
