-- Estimates that vary with the territory (module estimates, see docs/taxonomy.md).

-- How steeply a flat-rate target's prevalence rises with the deprivation class of a section: the relative risk of
-- each population quintile of the census deprivation index (1 = least deprived), before calibration to the city
-- total. Reference data.
CREATE TABLE deprivation_gradient (
    code    varchar(20) PRIMARY KEY,
    rr_q1   double precision NOT NULL CHECK (rr_q1 > 0),
    rr_q2   double precision NOT NULL CHECK (rr_q2 > 0),
    rr_q3   double precision NOT NULL CHECK (rr_q3 > 0),
    rr_q4   double precision NOT NULL CHECK (rr_q4 > 0),
    rr_q5   double precision NOT NULL CHECK (rr_q5 > 0),
    source  varchar(500) NOT NULL
);
INSERT INTO deprivation_gradient (code, rr_q1, rr_q2, rr_q3, rr_q4, rr_q5, source) VALUES
('ECONOMIC', 0.45, 0.70, 1.00, 1.40, 2.20, 'Assumed; of the order of the several-fold differences of ISTAT absolute-poverty incidence by the schooling and the work of the family reference person (ISTAT, La povertà in Italia)'),
('SOCIAL',   0.65, 0.80, 1.00, 1.25, 1.65, 'Assumed; child-protection, justice, homelessness and school-leaving caseloads concentrate in deprived areas, taken as less steep than income poverty'),
('HEALTH',   0.85, 0.92, 1.00, 1.08, 1.20, 'Assumed; mortality of the order of 1.2 times higher in the most than in the least deprived quintile is reported with this index (Caranci et al. 2010), and the same gradient is taken for disability and chronic need');

-- Which flat-rate targets are graded, and by which gradient. Targets not listed keep the flat rate.
CREATE TABLE target_deprivation_gradient (
    target_id      bigint      PRIMARY KEY REFERENCES target (id),
    gradient_code  varchar(20) NOT NULL REFERENCES deprivation_gradient (code)
);
INSERT INTO target_deprivation_gradient (target_id, gradient_code)
SELECT t.id, g.gradient FROM target t JOIN (VALUES
    ('P_ABSOLUTE_POVERTY', 'ECONOMIC'), ('P_RELATIVE_POVERTY', 'ECONOMIC'), ('P_AT_RISK_POVERTY_EXCLUSION', 'ECONOMIC'),
    ('P_MINORS_ABSOLUTE_POVERTY', 'ECONOMIC'), ('P_ELDERLY_ABSOLUTE_POVERTY', 'ECONOMIC'),
    ('P_FOOD_AID_RECIPIENTS', 'ECONOMIC'), ('P_WORKING_POOR', 'ECONOMIC'), ('F_ABSOLUTE_POVERTY', 'ECONOMIC'),
    ('F_RELATIVE_POVERTY', 'ECONOMIC'), ('F_WITH_MINORS_POOR', 'ECONOMIC'), ('F_ARREARS', 'ECONOMIC'),
    ('P_MINORS_AT_RISK', 'SOCIAL'), ('P_MINORS_MALTREATED', 'SOCIAL'), ('P_MINORS_OUT_OF_FAMILY', 'SOCIAL'),
    ('P_MINORS_JUSTICE', 'SOCIAL'), ('P_NEET_15_29', 'SOCIAL'), ('P_PENAL_EXECUTION', 'SOCIAL'),
    ('P_HOMELESS', 'SOCIAL'), ('P_ROUGH_SLEEPERS', 'SOCIAL'), ('P_SHELTER_GUESTS', 'SOCIAL'),
    ('P_YOUTH_UNEMPLOYED', 'SOCIAL'), ('P_EARLY_SCHOOL_LEAVERS', 'SOCIAL'), ('P_DRUG_ADDICTION', 'SOCIAL'),
    ('P_PROBLEM_GAMBLING', 'SOCIAL'), ('F_EVICTION_RISK', 'SOCIAL'), ('F_RENT_OVERBURDEN', 'SOCIAL'),
    ('F_SOCIAL_HOUSING_APPLICANTS', 'SOCIAL'),
    ('P_DISABLED', 'HEALTH'), ('P_DISABLED_MINORS', 'HEALTH'), ('P_DISABLED_ADULTS_18_64', 'HEALTH'),
    ('P_DISABLED_ELDERLY_65_PLUS', 'HEALTH'), ('P_ELDERLY_NON_SELF_SUFFICIENT', 'HEALTH'),
    ('P_ELDERLY_DEMENTIA', 'HEALTH'), ('P_ELDERLY_HOME_HEALTH_NEED', 'HEALTH'), ('P_PALLIATIVE_CARE_NEED', 'HEALTH'),
    ('P_MENTAL_HEALTH_USERS', 'HEALTH'), ('P_DEPRESSIVE_SYMPTOMS', 'HEALTH'), ('P_ALCOHOL_ADDICTION', 'HEALTH'),
    ('P_FAMILY_CAREGIVERS', 'HEALTH'), ('P_LEARNING_DISORDERS', 'HEALTH'), ('P_DISABLED_JOB_SEEKERS', 'HEALTH'),
    ('P_WOMEN_VIOLENCE', 'HEALTH'), ('F_WITH_NON_SELF_SUFFICIENT_ELDERLY', 'HEALTH'),
    ('F_WITH_DISABLED_MEMBER', 'HEALTH'), ('F_WITH_DISABLED_MINOR', 'HEALTH')
) AS g (target, gradient) ON g.target = t.code;

-- The census indicators of each section in each period (numerator and what it is a share of) and its class of the
-- deprivation index: 1..5 (population quintiles, 5 the most deprived), 0 without residents or indicators.
CREATE TABLE section_deprivation (
    period            varchar(20)      NOT NULL,
    section_id        bigint           NOT NULL REFERENCES census_section (id) ON DELETE CASCADE,
    residents         double precision NOT NULL,
    low_education     double precision,
    aged_6_plus       double precision,
    unemployed        double precision,
    labour_force      double precision,
    renting           double precision,
    families_housed   double precision,
    separated         double precision,
    ever_married      double precision,
    occupants         double precision,
    surface_m2        double precision,
    score             double precision,
    quintile          smallint         NOT NULL DEFAULT 0 CHECK (quintile BETWEEN 0 AND 5),
    PRIMARY KEY (period, section_id)
);

-- The flat-rate figure (rate x base) of every graded target in every section, from which the graded demand and its
-- interval are recomputed whenever the census of the period changes.
CREATE TABLE demand_estimate (
    target_id   bigint           NOT NULL,
    period      varchar(20)      NOT NULL,
    section_id  bigint           NOT NULL,
    flat        double precision NOT NULL CHECK (flat >= 0),
    PRIMARY KEY (target_id, period, section_id)
);
