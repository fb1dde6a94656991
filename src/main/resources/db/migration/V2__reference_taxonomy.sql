-- Reference taxonomy: target groups, targets (87 person targets, 24 family targets),
-- service categories, service types and the compatibility between service types and targets.
-- Documented in docs/taxonomy.md. How each target is counted or estimated from the ISTAT 2011
-- census is declared in src/main/resources/ingest/istat2011-targets.csv.

-- Target groups: the first level of the two-level taxonomy.
INSERT INTO target_group (code, kind, name_it, name_en, sort_order) VALUES
    ('RESIDENTS', 'PERSON', 'Popolazione residente', 'Resident population', 10),
    ('CHILDHOOD', 'PERSON', 'Prima infanzia (0-5 anni)', 'Early childhood (0-5)', 20),
    ('MINORS', 'PERSON', 'Minori', 'Minors', 30),
    ('YOUTH', 'PERSON', 'Giovani', 'Young people', 40),
    ('ADULTS_IN_DIFFICULTY', 'PERSON', 'Adulti in difficoltà', 'Adults in difficulty', 50),
    ('POVERTY', 'PERSON', 'Povertà economica', 'Economic poverty', 60),
    ('ELDERLY', 'PERSON', 'Anziani', 'Elderly people', 70),
    ('DISABILITY', 'PERSON', 'Disabilità', 'Disability', 80),
    ('HEALTH_AND_ADDICTION', 'PERSON', 'Salute mentale e dipendenze', 'Mental health and addiction', 90),
    ('MIGRANTS', 'PERSON', 'Stranieri e migranti', 'Foreign residents and migrants', 100),
    ('SEVERE_MARGINALITY', 'PERSON', 'Grave emarginazione adulta', 'Severe adult marginality', 110),
    ('WORK', 'PERSON', 'Lavoro e occupazione', 'Work and employment', 120),
    ('EDUCATION_POVERTY', 'PERSON', 'Istruzione e povertà educativa', 'Education and educational poverty', 130),
    ('FAMILIES_STRUCTURE', 'FAMILY', 'Famiglie per composizione', 'Families by composition', 140),
    ('FAMILIES_WITH_CHILDREN', 'FAMILY', 'Famiglie con figli minori', 'Families with children', 150),
    ('FAMILIES_ECONOMIC_HARDSHIP', 'FAMILY', 'Famiglie in difficoltà economica', 'Families in economic hardship', 160),
    ('FAMILIES_HOUSING', 'FAMILY', 'Famiglie e disagio abitativo', 'Families and housing hardship', 170),
    ('FAMILIES_CARE_LOAD', 'FAMILY', 'Famiglie con carichi di cura', 'Families with care loads', 180);

-- Person targets.
INSERT INTO target (code, kind, group_code, name_it, name_en, description, sort_order) VALUES
    ('P_RESIDENTS', 'PERSON', 'RESIDENTS', 'Popolazione residente', 'All residents',
     'All people usually resident in the area, of any age and citizenship. Census count: ISTAT 2011 census, P1 (resident population, total).', 10),
    ('P_MALES', 'PERSON', 'RESIDENTS', 'Residenti maschi', 'Male residents',
     'Resident men and boys of any age. Census count: ISTAT 2011 census, P2 (resident population, males).', 20),
    ('P_FEMALES', 'PERSON', 'RESIDENTS', 'Residenti femmine', 'Female residents',
     'Resident women and girls of any age. Census count: ISTAT 2011 census, P3 (resident population, females).', 30),
    ('P_WORKING_AGE_15_64', 'PERSON', 'RESIDENTS', 'Popolazione in età lavorativa (15-64 anni)', 'Working-age residents (15-64)',
     'Residents aged 15 to 64. Census count: ISTAT 2011 census, sum of the 5-year age bands 15-19 to 60-64 (P17..P26).', 40),
    ('P_ADULTS_18_PLUS', 'PERSON', 'RESIDENTS', 'Popolazione adulta (18 anni e più)', 'Adult residents (18+)',
     'Residents aged 18 or over. Estimate: ISTAT 2011 census age bands 20+ (P18..P29) plus 2/5 of the 15-19 band (ages 18-19, assuming an even spread of ages within the band).', 50),
    ('P_ADULTS_25_64', 'PERSON', 'RESIDENTS', 'Adulti (25-64 anni)', 'Adults (25-64)',
     'Residents aged 25 to 64, the base for adult social services. Census count: ISTAT 2011 census, sum of the age bands 25-29 to 60-64 (P19..P26).', 60),
    ('P_WIDOWED', 'PERSON', 'RESIDENTS', 'Vedovi e vedove', 'Widowed residents',
     'Residents whose legal marital status is widowed (mostly elderly women). Census count: ISTAT 2011 census, P7 (residents widowed).', 70),
    ('P_CHILDREN_0_4', 'PERSON', 'CHILDHOOD', 'Bambini 0-4 anni', 'Children aged 0-4',
     'Resident children younger than 5. Census count: ISTAT 2011 census, P14 (residents aged under 5).', 80),
    ('P_INFANTS_0_2', 'PERSON', 'CHILDHOOD', 'Bambini 0-2 anni', 'Infants aged 0-2',
     'Resident children younger than 3 (nursery age). Estimate: Base: children 0-4 (P14). Rate: 3/5 of the band (ages 0, 1, 2), assuming an even spread of ages within the band.', 90),
    ('P_CHILDREN_3_5', 'PERSON', 'CHILDHOOD', 'Bambini 3-5 anni', 'Children aged 3-5',
     'Resident children aged 3 to 5 (pre-school age). Estimate: Base: children 0-4 (P14) and 5-9 (P15). Rate: 3/5 of the 0-4 band (ages 3, 4) plus 1/5 of the 5-9 band (age 5), assuming even spread of ages.', 100),
    ('P_NURSERY_DEMAND', 'PERSON', 'CHILDHOOD', 'Domanda potenziale di nido (0-2 anni)', 'Potential nursery demand (0-2)',
     'Children under 3 whose families are expected to seek a place in a nursery or other early-childhood service. Estimate: Base: children 0-4 (P14), 3/5 of them aged 0-2. Rate: ~40% of under-3s seek an early-childhood place (order of magnitude of Milan nursery applications, above the EU Barcelona target of 33%).', 110),
    ('P_MINORS', 'PERSON', 'MINORS', 'Minori (0-17 anni)', 'Minors (0-17)',
     'Resident children and teenagers younger than 18. Estimate: ISTAT 2011 census age bands 0-4, 5-9, 10-14 (P14..P16) plus 3/5 of the 15-19 band (ages 15-17, assuming even spread of ages).', 120),
    ('P_CHILDREN_5_9', 'PERSON', 'MINORS', 'Bambini 5-9 anni', 'Children aged 5-9',
     'Resident children aged 5 to 9. Census count: ISTAT 2011 census, P15 (residents aged 5-9).', 130),
    ('P_CHILDREN_10_14', 'PERSON', 'MINORS', 'Ragazzi 10-14 anni', 'Children aged 10-14',
     'Resident children aged 10 to 14. Census count: ISTAT 2011 census, P16 (residents aged 10-14).', 140),
    ('P_CHILDREN_6_10', 'PERSON', 'MINORS', 'Bambini in età di scuola primaria (6-10 anni)', 'Primary-school-age children (6-10)',
     'Resident children aged 6 to 10, the age of primary school. Estimate: Base: age bands 5-9 (P15) and 10-14 (P16). Rate: 4/5 of 5-9 (ages 6-9) plus 1/5 of 10-14 (age 10), assuming even spread of ages.', 150),
    ('P_ADOLESCENTS_14_17', 'PERSON', 'MINORS', 'Adolescenti 14-17 anni', 'Adolescents aged 14-17',
     'Resident teenagers aged 14 to 17. Estimate: Base: age bands 10-14 (P16) and 15-19 (P17). Rate: 1/5 of 10-14 (age 14) plus 3/5 of 15-19 (ages 15-17), assuming even spread of ages.', 160),
    ('P_MINORS_AT_RISK', 'PERSON', 'MINORS', 'Minori in carico ai servizi sociali', 'Minors at risk',
     'Minors followed by social services because of family, relational or protection problems. Estimate: Base: minors 0-17. Rate: ~4.8% (national survey on child maltreatment by the Italian Ombudsman for Children, CISMAI and Terre des Hommes, 2015: 47.7 per 1,000 minors in the care of social services).', 170),
    ('P_MINORS_MALTREATED', 'PERSON', 'MINORS', 'Minori vittime di maltrattamento', 'Maltreated minors',
     'Minors followed by social services as victims of abuse, neglect or witnessed violence. Estimate: Base: minors 0-17. Rate: ~0.95% (Italian Ombudsman for Children, CISMAI and Terre des Hommes survey 2015: 9.5 per 1,000 minors followed for maltreatment).', 180),
    ('P_MINORS_OUT_OF_FAMILY', 'PERSON', 'MINORS', 'Minori fuori famiglia', 'Minors in out-of-home care',
     'Minors placed in foster families or residential communities. Estimate: Base: minors 0-17. Rate: ~2.7 per 1,000 (Ministry of Labour and Social Policies monitoring of foster care and residential communities, about 26,000 minors out of home nationally).', 190),
    ('P_MINORS_JUSTICE', 'PERSON', 'MINORS', 'Minori nel circuito penale', 'Minors in the juvenile justice system',
     'Teenagers aged 14-17 in the charge of the juvenile justice social services (USSM). Estimate: Base: adolescents 14-17. Rate: ~0.6% (Ministry of Justice, juvenile justice department statistics: about 20,000 young people a year in the charge of USSM, part of them already adults).', 200),
    ('P_SCHOOL_AGE_6_18', 'PERSON', 'MINORS', 'Popolazione in età scolare (6-18 anni)', 'School-age population (6-18)',
     'Residents aged 6 to 18, the age of compulsory schooling and upper-secondary school. Estimate: Base: age bands 5-9, 10-14, 15-19 (P15..P17). Rate: 4/5 of 5-9 (ages 6-9), all of 10-14, 4/5 of 15-19 (ages 15-18), assuming even spread of ages.', 210),
    ('P_YOUTH_15_24', 'PERSON', 'YOUTH', 'Giovani 15-24 anni', 'Young people aged 15-24',
     'Resident young people aged 15 to 24. Census count: ISTAT 2011 census, P17+P18 (residents aged 15-19 and 20-24).', 220),
    ('P_YOUNG_ADULTS_25_34', 'PERSON', 'YOUTH', 'Giovani adulti 25-34 anni', 'Young adults aged 25-34',
     'Resident young adults aged 25 to 34. Census count: ISTAT 2011 census, P19+P20 (residents aged 25-29 and 30-34).', 230),
    ('P_NEET_15_29', 'PERSON', 'YOUTH', 'Giovani NEET 15-29 anni', 'NEET young people (15-29)',
     'Young people aged 15-29 neither in employment nor in education or training. Estimate: Base: residents 15-29 (P17..P19). Rate: ~16% (ISTAT labour force survey 2011, NEET rate for Lombardy, national rate ~23%).', 240),
    ('P_STUDENTS_15_PLUS', 'PERSON', 'YOUTH', 'Studenti di 15 anni e più', 'Students aged 15+',
     'Residents aged 15 or over whose condition is student (not in the labour force). Census count: ISTAT 2011 census, P131 (residents 15+ not in the labour force, students).', 250),
    ('P_SEPARATED_DIVORCED_MEN', 'PERSON', 'ADULTS_IN_DIFFICULTY', 'Uomini separati e divorziati', 'Separated and divorced men',
     'Resident men legally separated or divorced, a group exposed to housing and economic fragility after separation. Census count: ISTAT 2011 census, P11+P13 (males legally separated, males divorced).', 260),
    ('P_WOMEN_VIOLENCE', 'PERSON', 'ADULTS_IN_DIFFICULTY', 'Donne che hanno subito violenza', 'Women who experienced violence',
     'Women aged 15-69 who experienced physical or sexual violence in the last five years. Estimate: Base: women 15-69 (age bands P17..P27 minus the male bands P33..P43). Rate: 11.3% (ISTAT survey on women''s safety 2014: physical or sexual violence in the last 5 years, women 16-70).', 270),
    ('P_PENAL_EXECUTION', 'PERSON', 'ADULTS_IN_DIFFICULTY', 'Adulti in esecuzione penale', 'Adults in the penal system',
     'Adults in prison or serving alternative measures (probation, home detention), including people recently released. Estimate: Base: residents 20-64 (P18..P26). Rate: ~0.25% (Ministry of Justice: about 55,000 prisoners and 40,000 people on alternative measures nationally).', 280),
    ('P_FAMILY_CAREGIVERS', 'PERSON', 'ADULTS_IN_DIFFICULTY', 'Caregiver familiari', 'Family caregivers',
     'Relatives who are the main unpaid carer of a person with severe functional limitations living at home. Estimate: Base: people with severe functional limitations (see P_DISABLED). Rate: one main family caregiver for ~80% of them, the share living at home with relatives (ISTAT health survey EHIS 2015).', 290),
    ('P_ABSOLUTE_POVERTY', 'PERSON', 'POVERTY', 'Persone in povertà assoluta', 'People in absolute poverty',
     'Residents of households whose spending is below the ISTAT absolute poverty line. Estimate: Base: residents (P1). Rate: ~4.5% (ISTAT absolute poverty estimates 2011-2013 for individuals in the North, metropolitan centres).', 300),
    ('P_RELATIVE_POVERTY', 'PERSON', 'POVERTY', 'Persone in povertà relativa', 'People in relative poverty',
     'Residents of households whose spending is below the ISTAT relative poverty line. Estimate: Base: residents (P1). Rate: ~6% (ISTAT relative poverty estimates 2011 for individuals in Northern Italy).', 310),
    ('P_AT_RISK_POVERTY_EXCLUSION', 'PERSON', 'POVERTY', 'Persone a rischio di povertà o esclusione', 'People at risk of poverty or social exclusion',
     'Residents at risk of poverty or social exclusion (low income, severe deprivation or very low work intensity, EU AROPE indicator). Estimate: Base: residents (P1). Rate: ~19% (Eurostat EU-SILC 2011, AROPE indicator for Lombardy).', 320),
    ('P_MINORS_ABSOLUTE_POVERTY', 'PERSON', 'POVERTY', 'Minori in povertà assoluta', 'Minors in absolute poverty',
     'Minors living in households in absolute poverty. Estimate: Base: minors 0-17. Rate: ~7% (ISTAT absolute poverty 2011-2012, minors, national, the age group most exposed).', 330),
    ('P_ELDERLY_ABSOLUTE_POVERTY', 'PERSON', 'POVERTY', 'Anziani in povertà assoluta', 'Elderly people in absolute poverty',
     'Residents aged 65+ living in households in absolute poverty. Estimate: Base: residents 65+ (P27..P29). Rate: ~4.5% (ISTAT absolute poverty 2011-2013, people 65+).', 340),
    ('P_FOOD_AID_RECIPIENTS', 'PERSON', 'POVERTY', 'Persone che ricevono aiuti alimentari', 'Food aid recipients',
     'Residents receiving food parcels, food cards or meals from charities and the municipality. Estimate: Base: residents (P1). Rate: ~3%, conservative share for Milan (AGEA/FEAD food aid programme reached about 4 million people in Italy in 2013, ~6.7% of the population).', 350),
    ('P_ELDERLY_65_PLUS', 'PERSON', 'ELDERLY', 'Anziani 65 anni e più', 'Elderly aged 65+',
     'Residents aged 65 or over. Census count: ISTAT 2011 census, P27+P28+P29 (residents aged 65-69, 70-74, 75+).', 360),
    ('P_ELDERLY_65_74', 'PERSON', 'ELDERLY', 'Anziani 65-74 anni', 'Elderly aged 65-74',
     'Residents aged 65 to 74. Census count: ISTAT 2011 census, P27+P28 (residents aged 65-69 and 70-74).', 370),
    ('P_ELDERLY_75_PLUS', 'PERSON', 'ELDERLY', 'Anziani 75 anni e più', 'Elderly aged 75+',
     'Residents aged 75 or over. Census count: ISTAT 2011 census, P29 (residents aged over 74).', 380),
    ('P_ELDERLY_85_PLUS', 'PERSON', 'ELDERLY', 'Grandi anziani 85 anni e più', 'Oldest old aged 85+',
     'Residents aged 85 or over. Estimate: Base: residents 75+ (P29). Rate: ~30% of over-75s are 85+ (ISTAT demographic balance 2011, Milan/Lombardy age structure).', 390),
    ('P_ELDERLY_WOMEN_75_PLUS', 'PERSON', 'ELDERLY', 'Donne anziane 75 anni e più', 'Elderly women aged 75+',
     'Resident women aged 75 or over. Census count: ISTAT 2011 census, P29-P45 (residents 75+ minus males 75+).', 400),
    ('P_ELDERLY_ALONE', 'PERSON', 'ELDERLY', 'Anziani soli', 'Elderly people living alone',
     'Residents aged 65+ who live in a one-person household. Estimate: Base: residents 65-74 and 75+. Rate: ~22% of people 65-74 and ~42% of people 75+ live alone (ISTAT 2011 census, one-person households by age, large cities).', 410),
    ('P_ELDERLY_NON_SELF_SUFFICIENT', 'PERSON', 'ELDERLY', 'Anziani non autosufficienti', 'Non-self-sufficient elderly',
     'Residents aged 65+ with severe limitations in the activities of daily living (washing, dressing, eating, moving about). Estimate: Base: residents 75+ and 65-74. Rate: ~20% of people 75+ and ~4% of people 65-74 have severe functional limitations (ISTAT survey on health conditions and disability).', 420),
    ('P_ELDERLY_DEMENTIA', 'PERSON', 'ELDERLY', 'Anziani con demenza', 'Elderly people with dementia',
     'Residents aged 65+ living with dementia (including Alzheimer''s disease). Estimate: Base: residents 65-74 and 75+. Rate: ~2% at 65-74 and ~14% at 75+ (Istituto Superiore di Sanità national dementia plan: about 1.1 million people with dementia, ~8% of over-65s).', 430),
    ('P_ELDERLY_WITH_PAID_CARER', 'PERSON', 'ELDERLY', 'Anziani assistiti da badante', 'Elderly with a paid live-in carer',
     'Residents aged 75+ cared for at home by a paid care worker (badante). Estimate: Base: residents 75+ (P29). Rate: ~10% (INPS domestic-work registers and estimates of undeclared work: about 800,000 care workers for ~7 million over-75s).', 440),
    ('P_ELDERLY_HOME_HEALTH_NEED', 'PERSON', 'ELDERLY', 'Anziani con bisogno di cure domiciliari', 'Elderly needing home health care',
     'Residents aged 65+ who need integrated home health care (ADI) in a year. Estimate: Base: residents 65+ (P27..P29). Rate: ~5% (Ministry of Health yearbook: ~4-5% of over-65s receive integrated home care, ADI, in Northern regions).', 450),
    ('P_DISABLED', 'PERSON', 'DISABILITY', 'Persone con disabilità', 'People with disabilities',
     'Residents of any age with severe functional limitations (ISTAT definition of disability). Estimate: Base: residents under 65, 65-74 and 75+. Rate: ~2%, ~6% and ~22% (ISTAT survey on health and disability 2013: about 3.1 million people, 5.2% of the population, with severe limitations).', 460),
    ('P_DISABLED_MINORS', 'PERSON', 'DISABILITY', 'Minori con disabilità', 'Minors with disabilities',
     'Minors with a certified disability (law 104/1992). Estimate: Base: minors 0-17. Rate: ~3% (MIUR and ISTAT survey on school inclusion: about 3% of pupils have a certified disability).', 470),
    ('P_DISABLED_ADULTS_18_64', 'PERSON', 'DISABILITY', 'Adulti con disabilità (18-64 anni)', 'Adults with disabilities (18-64)',
     'Residents aged 18-64 with severe functional limitations. Estimate: Base: residents 18-64. Rate: ~2% (ISTAT survey on health and disability 2013, severe limitations under 65).', 480),
    ('P_DISABLED_ELDERLY_65_PLUS', 'PERSON', 'DISABILITY', 'Anziani con disabilità (65 anni e più)', 'Elderly with disabilities (65+)',
     'Residents aged 65+ with severe functional limitations. Estimate: Base: residents 65-74 and 75+. Rate: ~6% and ~22% (ISTAT survey on health and disability 2013, severe limitations by age).', 490),
    ('P_INTELLECTUAL_DISABILITY', 'PERSON', 'DISABILITY', 'Persone con disabilità intellettiva', 'People with intellectual disabilities',
     'Residents of any age with an intellectual disability. Estimate: Base: residents (P1). Rate: ~1% (international prevalence of intellectual disability, meta-analyses cited by the Istituto Superiore di Sanità).', 500),
    ('P_AUTISM_SPECTRUM', 'PERSON', 'DISABILITY', 'Minori con disturbo dello spettro autistico', 'Minors with autism spectrum disorder',
     'Minors diagnosed with an autism spectrum disorder. Estimate: Base: minors 0-17. Rate: ~1.3% (Istituto Superiore di Sanità autism surveillance: 1 child in 77 aged 7-9).', 510),
    ('P_MENTAL_HEALTH_USERS', 'PERSON', 'HEALTH_AND_ADDICTION', 'Utenti dei servizi di salute mentale', 'Mental health service users',
     'Adults in the care of the public mental health services (CPS) in a year. Estimate: Base: residents 18+. Rate: ~1.6% (Ministry of Health mental health information system SISM 2015: ~160 users per 10,000 adults).', 520),
    ('P_DEPRESSIVE_SYMPTOMS', 'PERSON', 'HEALTH_AND_ADDICTION', 'Persone con sintomi depressivi', 'People with depressive symptoms',
     'Residents aged 15+ reporting depression or chronic anxiety. Estimate: Base: residents 15+ (P17..P29). Rate: ~5.4% (ISTAT European health interview survey EHIS 2015, depression among people 15+).', 530),
    ('P_DRUG_ADDICTION', 'PERSON', 'HEALTH_AND_ADDICTION', 'Persone con dipendenza da sostanze', 'People with drug addiction',
     'Residents aged 15-64 in treatment for drug addiction at addiction services (SerD) or communities. Estimate: Base: residents 15-64. Rate: ~0.33% (Ministry of Health, report to Parliament on drugs: ~130,000 SerD users for drugs nationally).', 540),
    ('P_ALCOHOL_ADDICTION', 'PERSON', 'HEALTH_AND_ADDICTION', 'Persone con dipendenza da alcol', 'People with alcohol addiction',
     'Residents aged 15+ in treatment for alcohol dependence. Estimate: Base: residents 15+. Rate: ~0.13% (Ministry of Health, report to Parliament on alcohol: ~70,000 users of alcohol services nationally).', 550),
    ('P_PROBLEM_GAMBLING', 'PERSON', 'HEALTH_AND_ADDICTION', 'Persone con gioco d''azzardo problematico', 'Problem gamblers',
     'Adults with problem or pathological gambling. Estimate: Base: residents 18+. Rate: ~1%, conservative (Istituto Superiore di Sanità and CNR surveys on gambling: problem gambling 1-2% of adults).', 560),
    ('P_PALLIATIVE_CARE_NEED', 'PERSON', 'HEALTH_AND_ADDICTION', 'Persone con bisogni di cure palliative', 'People needing palliative care',
     'Residents aged 65+ in the last phase of life with palliative care needs in a year. Estimate: Base: residents 65+. Rate: ~2.4% (yearly mortality ~4% among over-65s, ~60% of deaths with palliative needs, WHO and EAPC estimation approach).', 570),
    ('P_FOREIGN_RESIDENTS', 'PERSON', 'MIGRANTS', 'Residenti stranieri', 'Foreign residents',
     'Resident foreign citizens and stateless people. Census count: ISTAT 2011 census, ST1 (foreign and stateless residents, total).', 580),
    ('P_FOREIGN_WOMEN', 'PERSON', 'MIGRANTS', 'Donne straniere', 'Foreign women',
     'Resident foreign and stateless women and girls. Census count: ISTAT 2011 census, ST1-ST2 (foreign residents minus foreign males).', 590),
    ('P_FOREIGN_0_29', 'PERSON', 'MIGRANTS', 'Stranieri 0-29 anni', 'Foreign residents aged 0-29',
     'Resident foreign and stateless people younger than 30 (second generations and young migrants). Census count: ISTAT 2011 census, ST3 (foreign residents aged 0-29).', 600),
    ('P_FOREIGN_EUROPE', 'PERSON', 'MIGRANTS', 'Stranieri di cittadinanza europea', 'Foreign residents from Europe',
     'Resident foreign citizens of a European country (EU and non-EU). Census count: ISTAT 2011 census, ST9 (foreign residents, Europe).', 610),
    ('P_FOREIGN_AFRICA', 'PERSON', 'MIGRANTS', 'Stranieri di cittadinanza africana', 'Foreign residents from Africa',
     'Resident foreign citizens of an African country. Census count: ISTAT 2011 census, ST10 (foreign residents, Africa).', 620),
    ('P_FOREIGN_AMERICA', 'PERSON', 'MIGRANTS', 'Stranieri di cittadinanza americana', 'Foreign residents from the Americas',
     'Resident foreign citizens of a country of the Americas. Census count: ISTAT 2011 census, ST11 (foreign residents, America).', 630),
    ('P_FOREIGN_ASIA', 'PERSON', 'MIGRANTS', 'Stranieri di cittadinanza asiatica', 'Foreign residents from Asia',
     'Resident foreign citizens of an Asian country. Census count: ISTAT 2011 census, ST12 (foreign residents, Asia).', 640),
    ('P_RECENT_MIGRANTS', 'PERSON', 'MIGRANTS', 'Migranti arrivati di recente', 'Recent migrants',
     'Foreign residents who settled in the city in the last five years. Estimate: Base: foreign residents (ST1). Rate: ~30% (approximation from Milan registry inflows from abroad in 2007-2011, net of departures).', 650),
    ('P_FOREIGN_MINORS', 'PERSON', 'MIGRANTS', 'Minori stranieri', 'Foreign minors',
     'Resident foreign citizens younger than 18. Estimate: Base: foreign residents (ST1). Rate: ~22% (ISTAT 2011: minors are about 22% of foreign residents in Italy).', 660),
    ('P_UNACCOMPANIED_MINORS', 'PERSON', 'MIGRANTS', 'Minori stranieri non accompagnati', 'Unaccompanied foreign minors',
     'Foreign minors in the city without parents or legal guardians. Estimate: Base: foreign residents (ST1). Rate: ~0.5% (Ministry of Labour reports on unaccompanied minors: about 800-1,000 hosted in Milan in the 2010s).', 670),
    ('P_ASYLUM_SEEKERS_REFUGEES', 'PERSON', 'MIGRANTS', 'Richiedenti asilo e rifugiati', 'Asylum seekers and refugees',
     'Asylum seekers and holders of international or humanitarian protection living in the city. Estimate: Base: foreign residents (ST1). Rate: ~2% (Prefecture of Milan and SPRAR reception figures: about 3,000-4,000 people in reception in the city).', 680),
    ('P_FOREIGN_LIMITED_ITALIAN', 'PERSON', 'MIGRANTS', 'Stranieri con limitata conoscenza dell''italiano', 'Foreigners with limited Italian',
     'Foreign residents aged 30+ who report difficulties speaking or understanding Italian. Estimate: Base: foreign residents 30+ (ST4+ST5). Rate: ~25% (ISTAT survey on the social integration of foreign citizens 2011-2012, self-reported difficulties with Italian).', 690),
    ('P_HOMELESS', 'PERSON', 'SEVERE_MARGINALITY', 'Persone senza dimora', 'Homeless people',
     'People without a home who use night shelters or soup kitchens, counted where services place them (pro rata to residents). Estimate: Base: residents (P1). Rate: ~0.97% (ISTAT survey on homeless people 2014: about 12,000 in Milan out of 1.24 million residents). Spread pro rata to residents.', 700),
    ('P_ROUGH_SLEEPERS', 'PERSON', 'SEVERE_MARGINALITY', 'Persone che dormono in strada', 'Rough sleepers',
     'Homeless people sleeping on the street (not in a shelter) on a given night. Estimate: Base: residents (P1). Rate: ~0.05% (Comune di Milano and Bocconi University night counts RacCONTAMI: about 600 people sleeping on the street).', 710),
    ('P_SHELTER_GUESTS', 'PERSON', 'SEVERE_MARGINALITY', 'Ospiti dei dormitori', 'Night-shelter guests',
     'Homeless people sleeping in night shelters and emergency accommodation on a given night. Estimate: Base: residents (P1). Rate: ~0.17% (RacCONTAMI night counts: about 2,000 people in shelters and reception facilities).', 720),
    ('P_UNEMPLOYED', 'PERSON', 'WORK', 'Disoccupati', 'Unemployed people',
     'Residents aged 15+ in the labour force without a job: people who lost a job and first-job seekers. Census count: ISTAT 2011 census, P60-P61 (labour force 15+ minus employed 15+).', 730),
    ('P_JOB_LOSERS', 'PERSON', 'WORK', 'Disoccupati in cerca di nuova occupazione', 'Unemployed who lost a job',
     'Residents aged 15+ who lost or left a job and are looking for a new one. Census count: ISTAT 2011 census, P62 (residents 15+ unemployed looking for a new job).', 740),
    ('P_FIRST_JOB_SEEKERS', 'PERSON', 'WORK', 'In cerca di prima occupazione', 'First-job seekers',
     'Residents aged 15+ looking for their first job. Census count: ISTAT 2011 census, P60-P61-P62 (labour force minus employed minus unemployed who lost a job).', 750),
    ('P_UNEMPLOYED_WOMEN', 'PERSON', 'WORK', 'Donne disoccupate', 'Unemployed women',
     'Resident women aged 15+ in the labour force without a job. Census count: ISTAT 2011 census, (P60-P61)-(P64-P65) (unemployed 15+ minus unemployed males 15+).', 760),
    ('P_LONG_TERM_UNEMPLOYED', 'PERSON', 'WORK', 'Disoccupati di lunga durata', 'Long-term unemployed',
     'Unemployed residents looking for a job for 12 months or more. Estimate: Base: unemployed (P60-P61). Rate: ~45% (ISTAT labour force survey 2011: long-term unemployed about half of the unemployed, lower in the North).', 770),
    ('P_YOUTH_UNEMPLOYED', 'PERSON', 'WORK', 'Giovani disoccupati (15-24 anni)', 'Unemployed young people (15-24)',
     'Residents aged 15-24 in the labour force without a job. Estimate: Base: residents 15-24. Rate: ~6% of the age group (ISTAT labour force survey 2011, Lombardy: youth unemployment rate ~20% on an activity rate ~30%).', 780),
    ('P_DISABLED_JOB_SEEKERS', 'PERSON', 'WORK', 'Persone con disabilità in cerca di lavoro', 'Job seekers with disabilities',
     'Residents aged 15-64 with disabilities registered for targeted employment (law 68/1999). Estimate: Base: residents 15-64. Rate: ~1.5% (Ministry of Labour report on law 68/1999: ~2% of working-age people registered nationally, lower in Lombardy).', 790),
    ('P_WORKING_POOR', 'PERSON', 'WORK', 'Lavoratori poveri', 'Working poor',
     'Employed residents whose household income is below the poverty threshold. Estimate: Base: employed residents 15+ (P61). Rate: ~7% (Eurostat EU-SILC in-work at-risk-of-poverty rate, ~11% in Italy, lower in the North).', 800),
    ('P_HOMEMAKERS', 'PERSON', 'WORK', 'Casalinghe e casalinghi', 'Homemakers',
     'Residents aged 15+ outside the labour force whose condition is homemaker. Census count: ISTAT 2011 census, P130 (residents 15+ homemakers).', 810),
    ('P_RETIRED', 'PERSON', 'WORK', 'Ritirati dal lavoro', 'Retired people',
     'Residents aged 15+ outside the labour force who are retired from work and live on a pension (or on capital income). Census count: ISTAT 2011 census, P139 (residents 15+ not in the labour force living on a pension from past work or capital income, P128 = P130+P131+P135+P139).', 820),
    ('P_LOW_EDUCATION', 'PERSON', 'EDUCATION_POVERTY', 'Persone con bassa istruzione', 'People with low education',
     'Residents aged 6+ with at most a primary-school certificate (includes pupils still at primary or lower-secondary school). Census count: ISTAT 2011 census, P50+P51+P52 (primary-school certificate, literate without qualification, illiterate).', 830),
    ('P_ILLITERATE', 'PERSON', 'EDUCATION_POVERTY', 'Analfabeti', 'Illiterate people',
     'Residents aged 6+ who cannot read or write. Census count: ISTAT 2011 census, P52 (residents illiterate).', 840),
    ('P_NO_QUALIFICATION', 'PERSON', 'EDUCATION_POVERTY', 'Persone senza titolo di studio', 'People with no qualification',
     'Residents aged 6+ with no educational qualification, literate or not (includes pupils still at primary school). Census count: ISTAT 2011 census, P51+P52 (literate without qualification, illiterate).', 850),
    ('P_EARLY_SCHOOL_LEAVERS', 'PERSON', 'EDUCATION_POVERTY', 'Giovani che abbandonano precocemente gli studi', 'Early school leavers',
     'Residents aged 18-24 with at most a lower-secondary qualification and not in education or training. Estimate: Base: residents 18-24 (2/5 of P17 plus P18). Rate: ~13% (ISTAT labour force survey 2011, early leavers from education and training in Lombardy, lower in Milan).', 860),
    ('P_LEARNING_DISORDERS', 'PERSON', 'EDUCATION_POVERTY', 'Alunni con disturbi specifici dell''apprendimento', 'Pupils with specific learning disorders',
     'School-age children and teenagers (6-18) with a specific learning disorder (dyslexia, dyscalculia, etc.). Estimate: Base: residents 6-18. Rate: ~3% (MIUR statistics on pupils with specific learning disorders, law 170/2010, about 3% in Northern schools).', 870);

-- Family targets.
INSERT INTO target (code, kind, group_code, name_it, name_en, description, sort_order) VALUES
    ('F_ALL', 'FAMILY', 'FAMILIES_STRUCTURE', 'Famiglie residenti', 'All families',
     'All resident households (families as registered), of any size. Census count: ISTAT 2011 census, PF1 (resident families, total).', 10),
    ('F_ONE_PERSON', 'FAMILY', 'FAMILIES_STRUCTURE', 'Famiglie unipersonali', 'One-person families',
     'Resident households made of a single person. Census count: ISTAT 2011 census, PF3 (resident families with 1 member).', 20),
    ('F_TWO_PERSONS', 'FAMILY', 'FAMILIES_STRUCTURE', 'Famiglie di due componenti', 'Two-person families',
     'Resident households with exactly two members. Census count: ISTAT 2011 census, PF4 (resident families with 2 members).', 30),
    ('F_THREE_FOUR_PERSONS', 'FAMILY', 'FAMILIES_STRUCTURE', 'Famiglie di tre o quattro componenti', 'Three- and four-person families',
     'Resident households with three or four members. Census count: ISTAT 2011 census, PF5+PF6 (resident families with 3 and 4 members).', 40),
    ('F_LARGE', 'FAMILY', 'FAMILIES_STRUCTURE', 'Famiglie numerose (5 componenti e più)', 'Large families (5+ members)',
     'Resident households with five or more members. Census count: ISTAT 2011 census, PF7+PF8 (resident families with 5 and 6+ members).', 50),
    ('F_FOREIGN', 'FAMILY', 'FAMILIES_STRUCTURE', 'Famiglie con stranieri', 'Families with foreign members',
     'Resident households with at least one foreign member. Estimate: Base: foreign residents (ST1). Rate: ~0.5 families per foreign resident (ISTAT 2011 census: ~2.3 million families with foreigners for ~4.0 million foreign residents, larger families in Milan).', 60),
    ('F_WITH_MINORS', 'FAMILY', 'FAMILIES_WITH_CHILDREN', 'Famiglie con minori', 'Families with minors',
     'Resident households with at least one member younger than 18. Estimate: Base: minors 0-17. Rate: 0.65 families per minor (families with minors have on average ~1.5 minors, ISTAT 2011 census).', 70),
    ('F_WITH_CHILDREN_0_4', 'FAMILY', 'FAMILIES_WITH_CHILDREN', 'Famiglie con bambini 0-4 anni', 'Families with children aged 0-4',
     'Resident households with at least one child younger than 5. Estimate: Base: children 0-4 (P14). Rate: 0.9 families per child (about 1 family in 10 with a child under 5 has two).', 80),
    ('F_SINGLE_PARENT', 'FAMILY', 'FAMILIES_WITH_CHILDREN', 'Famiglie monogenitoriali con minori', 'Single-parent families with minors',
     'Resident households made of one parent (mostly a mother) with at least one minor child. Estimate: Base: minors 0-17. Rate: 0.1 per minor, i.e. ~15% of families with minors are single-parent (ISTAT 2011 census, one-parent families in large Northern cities).', 90),
    ('F_THREE_OR_MORE_MINORS', 'FAMILY', 'FAMILIES_WITH_CHILDREN', 'Famiglie con tre o più figli minori', 'Families with three or more minors',
     'Resident households with three or more members younger than 18. Estimate: Base: minors 0-17. Rate: 0.045 per minor, i.e. ~7% of families with minors have three or more (ISTAT 2011 census, families by number of children).', 100),
    ('F_ABSOLUTE_POVERTY', 'FAMILY', 'FAMILIES_ECONOMIC_HARDSHIP', 'Famiglie in povertà assoluta', 'Families in absolute poverty',
     'Resident households whose spending is below the ISTAT absolute poverty line. Estimate: Base: resident families (PF1). Rate: ~4% (ISTAT absolute poverty 2011-2013, families in the North).', 110),
    ('F_RELATIVE_POVERTY', 'FAMILY', 'FAMILIES_ECONOMIC_HARDSHIP', 'Famiglie in povertà relativa', 'Families in relative poverty',
     'Resident households whose spending is below the ISTAT relative poverty line. Estimate: Base: resident families (PF1). Rate: ~5% (ISTAT relative poverty 2011, families in Northern Italy).', 120),
    ('F_WITH_MINORS_POOR', 'FAMILY', 'FAMILIES_ECONOMIC_HARDSHIP', 'Famiglie con minori in povertà assoluta', 'Families with minors in absolute poverty',
     'Resident households with at least one minor whose spending is below the absolute poverty line. Estimate: Base: minors 0-17. Rate: 0.04 per minor, i.e. ~6% of families with minors (ISTAT absolute poverty 2011-2013, families with minor children, North).', 130),
    ('F_WITH_UNEMPLOYED', 'FAMILY', 'FAMILIES_ECONOMIC_HARDSHIP', 'Famiglie con disoccupati', 'Families with an unemployed member',
     'Resident households with at least one unemployed member. Estimate: Base: unemployed (P60-P61). Rate: 0.9 families per unemployed person (about 1 family in 10 with an unemployed member has two).', 140),
    ('F_ARREARS', 'FAMILY', 'FAMILIES_ECONOMIC_HARDSHIP', 'Famiglie in arretrato con affitto, mutuo o bollette', 'Families in arrears',
     'Resident households behind with rent, mortgage or utility bills in the last year. Estimate: Base: resident families (PF1). Rate: ~8% (Eurostat EU-SILC 2011, arrears on mortgage, rent or utility bills, Northern Italy).', 150),
    ('F_RENTING', 'FAMILY', 'FAMILIES_HOUSING', 'Famiglie in affitto', 'Families renting their home',
     'Resident households living in a rented dwelling (private or public housing). Census count: ISTAT 2011 census, A46 (families in rented dwellings).', 160),
    ('F_EVICTION_RISK', 'FAMILY', 'FAMILIES_HOUSING', 'Famiglie a rischio di sfratto', 'Families at risk of eviction',
     'Renting households that received an eviction order in the year (mostly for rent arrears). Estimate: Base: renting families (A46). Rate: ~2% a year (Ministry of the Interior eviction statistics for Milan: a few thousand eviction orders a year, mostly for arrears).', 170),
    ('F_RENT_OVERBURDEN', 'FAMILY', 'FAMILIES_HOUSING', 'Famiglie con affitto troppo oneroso', 'Families overburdened by rent',
     'Renting households spending more than 40% of their disposable income on housing. Estimate: Base: renting families (A46). Rate: ~30% (Eurostat EU-SILC housing cost overburden rate for tenants at market price in Italy).', 180),
    ('F_POOR_BUILDING_CONDITION', 'FAMILY', 'FAMILIES_HOUSING', 'Famiglie in edifici in pessimo stato', 'Families in buildings in poor condition',
     'Resident households living in residential buildings whose state of repair is very poor. Estimate: Base: residential buildings in very poor condition (E31). Rate: ~14 resident families per residential building (Milan average, ISTAT 2011 census PF1/E3).', 190),
    ('F_SOCIAL_HOUSING_APPLICANTS', 'FAMILY', 'FAMILIES_HOUSING', 'Famiglie in graduatoria per casa popolare', 'Social housing applicants',
     'Resident households on the waiting list for public (ERP) housing. Estimate: Base: renting families (A46). Rate: ~12% (Comune di Milano public housing waiting list: about 20,000 applicant households).', 200),
    ('F_WITH_ELDERLY_75_PLUS', 'FAMILY', 'FAMILIES_CARE_LOAD', 'Famiglie con anziani di 75 anni e più', 'Families with a member aged 75+',
     'Resident households with at least one member aged 75 or over. Estimate: Base: residents 75+ (P29). Rate: 0.77 families per person 75+ (about 1.3 people 75+ per family that has one, ISTAT 2011 census).', 210),
    ('F_WITH_NON_SELF_SUFFICIENT_ELDERLY', 'FAMILY', 'FAMILIES_CARE_LOAD', 'Famiglie con anziani non autosufficienti', 'Families with a non-self-sufficient elderly member',
     'Resident households caring at home for an elderly member with severe limitations in daily activities. Estimate: Base: non-self-sufficient elderly (see P_ELDERLY_NON_SELF_SUFFICIENT). Rate: 0.9, the share living at home rather than in a nursing home (ISTAT).', 220),
    ('F_WITH_DISABLED_MEMBER', 'FAMILY', 'FAMILIES_CARE_LOAD', 'Famiglie con persone con disabilità', 'Families with a disabled member',
     'Resident households with at least one member with severe functional limitations. Estimate: Base: people with disabilities (see P_DISABLED). Rate: 0.9 families per disabled person (most families have one, ~10% live in residences).', 230),
    ('F_WITH_DISABLED_MINOR', 'FAMILY', 'FAMILIES_CARE_LOAD', 'Famiglie con minori con disabilità', 'Families with a disabled minor',
     'Resident households with at least one minor with a certified disability. Estimate: Base: minors 0-17. Rate: ~3% of minors have a certified disability (MIUR and ISTAT school inclusion survey), one family per disabled minor.', 240);

-- Service categories (names follow the City of Milan's WeMi categories where they match).
INSERT INTO service_category (code, name_it, name_en, sort_order) VALUES
    ('SOCIAL_CARE', 'Servizi socio-assistenziali', 'Social care', 10),
    ('HEALTH_CARE', 'Assistenza sanitaria', 'Health care', 20),
    ('EDUCATION', 'Servizi educativi', 'Educational services', 30),
    ('PSYCHOLOGICAL', 'Supporto psicologico', 'Psychological support', 40),
    ('HOUSING', 'Abitare e accoglienza', 'Housing and shelter', 50),
    ('EVERYDAY_SUPPORT', 'Supporto alla vita quotidiana', 'Everyday support', 60),
    ('EMPLOYMENT', 'Lavoro e inserimento lavorativo', 'Employment', 70),
    ('INTEGRATION', 'Integrazione e lingua italiana', 'Integration and Italian language', 80),
    ('INFORMATION', 'Informazione, orientamento e consulenza', 'Information, guidance and advice', 90);

-- Service types.
INSERT INTO service_type (code, category_code, name_it, name_en, description, delivery) VALUES
    ('SOCIAL_SECRETARIAT', 'INFORMATION', 'Segretariato sociale', 'Social secretariat',
     'Universal front door of the municipal social services: information, first assessment of needs and referral to the right service.', 'SITE'),
    ('HOME_CARE', 'SOCIAL_CARE', 'Servizio di assistenza domiciliare (SAD)', 'Home care',
     'Personal care and help with daily activities at home (hygiene, meals, housework) for people who cannot manage alone.', 'HOME'),
    ('ELDERLY_DAY_CENTRE', 'SOCIAL_CARE', 'Centro diurno per anziani', 'Elderly day centre',
     'Day centre (CDI or social day centre) offering care, meals, activities and socialisation to frail elderly people.', 'SITE'),
    ('NURSING_HOME', 'SOCIAL_CARE', 'Residenza sanitaria assistenziale (RSA)', 'Nursing home',
     'Residential care home (RSA) for non-self-sufficient elderly people needing continuous care.', 'SITE'),
    ('DISABILITY_DAY_CENTRE', 'SOCIAL_CARE', 'Centro diurno per persone con disabilità', 'Disability day centre',
     'Day centre (CDD or CSE) with educational, rehabilitation and social activities for people with disabilities.', 'SITE'),
    ('DISABILITY_RESIDENCE', 'SOCIAL_CARE', 'Residenza per persone con disabilità', 'Disability residence',
     'Residential community or care home (CSS, RSD) for people with disabilities who cannot live with their family.', 'SITE'),
    ('MINORS_RESIDENTIAL_COMMUNITY', 'SOCIAL_CARE', 'Comunità residenziale per minori', 'Residential community for minors',
     'Educational residential community hosting minors removed from their family or without a family.', 'SITE'),
    ('HOME_HEALTH_CARE', 'HEALTH_CARE', 'Assistenza domiciliare integrata (ADI)', 'Home health care',
     'Nursing, rehabilitation and medical care at home (integrated home care, ADI) and home palliative care.', 'HOME'),
    ('ADDICTION_SERVICE', 'HEALTH_CARE', 'Servizio per le dipendenze (SerD)', 'Addiction service',
     'Outpatient service for the treatment of drug, alcohol and gambling addiction, with harm-reduction activities.', 'SITE'),
    ('MENTAL_HEALTH_CENTRE', 'HEALTH_CARE', 'Centro psico-sociale (CPS)', 'Mental health centre',
     'Community mental health centre for the diagnosis, treatment and rehabilitation of adults with mental disorders.', 'SITE'),
    ('NURSERY', 'EDUCATION', 'Nido d''infanzia', 'Nursery',
     'Nursery and other early-childhood services for children under 3.', 'SITE'),
    ('YOUTH_CENTRE', 'EDUCATION', 'Centro di aggregazione giovanile', 'Youth centre',
     'Open youth centre with educational, cultural and sports activities for teenagers and young people.', 'SITE'),
    ('HOME_EDUCATIONAL_SUPPORT', 'EDUCATION', 'Assistenza domiciliare minori (ADM)', 'Home educational support',
     'Educators working at home with minors and their parents to support parenting and prevent removal from the family.', 'HOME'),
    ('AFTER_SCHOOL_SUPPORT', 'EDUCATION', 'Sostegno scolastico e doposcuola', 'After-school support',
     'Homework help, tutoring and after-school activities to prevent school failure and early school leaving.', 'SITE'),
    ('FAMILY_CENTRE', 'PSYCHOLOGICAL', 'Centro per le famiglie', 'Family centre',
     'Support to parents and couples: parenting groups, family mediation, counselling and spaces for young children.', 'SITE'),
    ('PSYCHOLOGICAL_SUPPORT', 'PSYCHOLOGICAL', 'Servizio psicologico', 'Psychological support',
     'Individual or group psychological counselling, in person or remote.', 'MIXED'),
    ('ANTI_VIOLENCE_CENTRE', 'PSYCHOLOGICAL', 'Centro antiviolenza', 'Anti-violence centre',
     'Listening, psychological and legal support and protection paths for women (and their children) who suffer violence.', 'SITE'),
    ('HOMELESS_SHELTER', 'HOUSING', 'Dormitorio e centro di accoglienza notturna', 'Homeless shelter',
     'Night shelter and emergency accommodation for homeless people.', 'SITE'),
    ('SOUP_KITCHEN', 'HOUSING', 'Mensa sociale', 'Soup kitchen',
     'Free or low-cost meals served on site to homeless and poor people.', 'SITE'),
    ('HOUSING_SUPPORT', 'HOUSING', 'Servizio di sostegno all''abitare', 'Housing support',
     'Help to find, keep or pay for a home: rent support, eviction prevention, temporary housing, social housing applications.', 'SITE'),
    ('FOOD_AID', 'EVERYDAY_SUPPORT', 'Aiuti alimentari', 'Food aid',
     'Food parcels, social supermarkets and food cards for people and families in economic hardship.', 'SITE'),
    ('MEALS_AT_HOME', 'EVERYDAY_SUPPORT', 'Pasti a domicilio', 'Meals at home',
     'Delivery of hot or ready meals at home to people who cannot cook or shop for themselves.', 'HOME'),
    ('ESCORTED_TRANSPORT', 'EVERYDAY_SUPPORT', 'Accompagnamento con trasporto', 'Escorted transport',
     'Door-to-door transport with an escort to medical visits, day centres and errands.', 'HOME'),
    ('PAPERWORK_HELP', 'EVERYDAY_SUPPORT', 'Disbrigo pratiche', 'Paperwork help',
     'Help with forms, benefits applications, bills and dealings with public offices.', 'SITE'),
    ('DOMESTIC_WORK_SUPPORT', 'EVERYDAY_SUPPORT', 'Gestione rapporto di lavoro domestico', 'Domestic work support',
     'Help for families employing a care or domestic worker (contracts, payslips, contributions) and for finding one.', 'SITE'),
    ('EMPLOYMENT_SERVICE', 'EMPLOYMENT', 'Servizio per l''inserimento lavorativo', 'Employment service',
     'Job guidance, training, traineeships and job placement, including targeted placement of people with disabilities.', 'SITE'),
    ('ITALIAN_COURSES', 'INTEGRATION', 'Corsi di lingua italiana', 'Italian courses',
     'Italian as a second language (L2) courses and literacy courses for adults and young people.', 'SITE'),
    ('MIGRANT_SERVICE', 'INTEGRATION', 'Servizio per stranieri', 'Migrant service',
     'Information and support for foreign citizens: residence permits, family reunification, cultural mediation, access to services.', 'SITE'),
    ('LEGAL_ADVICE', 'INFORMATION', 'Consulenza sociale e giuridica', 'Legal advice',
     'Free social and legal advice: family law, tenancy and evictions, debts, immigration, rights of people with disabilities.', 'SITE'),
    ('FINANCIAL_EDUCATION', 'INFORMATION', 'Educazione finanziaria', 'Financial education',
     'Budgeting, debt management, pensions and benefits: advice to prevent over-indebtedness.', 'SITE');

-- Compatibility: which targets each service type serves.
-- The social secretariat is the universal access point: it serves every target.
INSERT INTO service_type_target (service_type_id, target_id)
SELECT st.id, t.id FROM service_type st CROSS JOIN target t WHERE st.code = 'SOCIAL_SECRETARIAT';

INSERT INTO service_type_target (service_type_id, target_id)
SELECT st.id, t.id FROM service_type st JOIN target t ON t.code IN (
    'P_ELDERLY_75_PLUS', 'P_ELDERLY_85_PLUS', 'P_ELDERLY_ALONE', 'P_ELDERLY_NON_SELF_SUFFICIENT',
    'P_ELDERLY_DEMENTIA', 'P_DISABLED_ELDERLY_65_PLUS', 'P_ELDERLY_65_PLUS',
    'P_ELDERLY_WOMEN_75_PLUS', 'P_DISABLED', 'P_DISABLED_ADULTS_18_64', 'P_PALLIATIVE_CARE_NEED',
    'F_WITH_ELDERLY_75_PLUS', 'F_WITH_NON_SELF_SUFFICIENT_ELDERLY', 'F_WITH_DISABLED_MEMBER')
WHERE st.code = 'HOME_CARE';

INSERT INTO service_type_target (service_type_id, target_id)
SELECT st.id, t.id FROM service_type st JOIN target t ON t.code IN (
    'P_ELDERLY_75_PLUS', 'P_ELDERLY_85_PLUS', 'P_ELDERLY_ALONE', 'P_ELDERLY_NON_SELF_SUFFICIENT',
    'P_ELDERLY_DEMENTIA', 'P_DISABLED_ELDERLY_65_PLUS', 'P_ELDERLY_65_PLUS', 'P_ELDERLY_65_74',
    'P_ELDERLY_WOMEN_75_PLUS', 'P_WIDOWED', 'F_WITH_NON_SELF_SUFFICIENT_ELDERLY')
WHERE st.code = 'ELDERLY_DAY_CENTRE';

INSERT INTO service_type_target (service_type_id, target_id)
SELECT st.id, t.id FROM service_type st JOIN target t ON t.code IN (
    'P_ELDERLY_85_PLUS', 'P_ELDERLY_NON_SELF_SUFFICIENT', 'P_ELDERLY_DEMENTIA',
    'P_DISABLED_ELDERLY_65_PLUS', 'F_WITH_NON_SELF_SUFFICIENT_ELDERLY')
WHERE st.code = 'NURSING_HOME';

INSERT INTO service_type_target (service_type_id, target_id)
SELECT st.id, t.id FROM service_type st JOIN target t ON t.code IN (
    'P_DISABLED', 'P_DISABLED_ADULTS_18_64', 'P_INTELLECTUAL_DISABILITY', 'P_AUTISM_SPECTRUM',
    'F_WITH_DISABLED_MEMBER')
WHERE st.code = 'DISABILITY_DAY_CENTRE';

INSERT INTO service_type_target (service_type_id, target_id)
SELECT st.id, t.id FROM service_type st JOIN target t ON t.code IN (
    'P_DISABLED', 'P_DISABLED_ADULTS_18_64', 'P_INTELLECTUAL_DISABILITY', 'P_AUTISM_SPECTRUM',
    'F_WITH_DISABLED_MEMBER')
WHERE st.code = 'DISABILITY_RESIDENCE';

INSERT INTO service_type_target (service_type_id, target_id)
SELECT st.id, t.id FROM service_type st JOIN target t ON t.code IN (
    'P_MINORS_AT_RISK', 'P_MINORS_MALTREATED', 'P_MINORS_OUT_OF_FAMILY', 'P_MINORS_JUSTICE',
    'P_UNACCOMPANIED_MINORS')
WHERE st.code = 'MINORS_RESIDENTIAL_COMMUNITY';

INSERT INTO service_type_target (service_type_id, target_id)
SELECT st.id, t.id FROM service_type st JOIN target t ON t.code IN (
    'P_ELDERLY_NON_SELF_SUFFICIENT', 'P_ELDERLY_HOME_HEALTH_NEED', 'P_ELDERLY_DEMENTIA',
    'P_PALLIATIVE_CARE_NEED', 'P_DISABLED', 'P_DISABLED_ELDERLY_65_PLUS',
    'F_WITH_NON_SELF_SUFFICIENT_ELDERLY')
WHERE st.code = 'HOME_HEALTH_CARE';

INSERT INTO service_type_target (service_type_id, target_id)
SELECT st.id, t.id FROM service_type st JOIN target t ON t.code IN (
    'P_DRUG_ADDICTION', 'P_ALCOHOL_ADDICTION', 'P_PROBLEM_GAMBLING', 'P_HOMELESS',
    'P_ROUGH_SLEEPERS', 'P_PENAL_EXECUTION')
WHERE st.code = 'ADDICTION_SERVICE';

INSERT INTO service_type_target (service_type_id, target_id)
SELECT st.id, t.id FROM service_type st JOIN target t ON t.code IN (
    'P_MENTAL_HEALTH_USERS', 'P_DEPRESSIVE_SYMPTOMS', 'P_ROUGH_SLEEPERS')
WHERE st.code = 'MENTAL_HEALTH_CENTRE';

INSERT INTO service_type_target (service_type_id, target_id)
SELECT st.id, t.id FROM service_type st JOIN target t ON t.code IN (
    'P_CHILDREN_0_4', 'P_INFANTS_0_2', 'P_NURSERY_DEMAND', 'F_WITH_CHILDREN_0_4', 'F_SINGLE_PARENT')
WHERE st.code = 'NURSERY';

INSERT INTO service_type_target (service_type_id, target_id)
SELECT st.id, t.id FROM service_type st JOIN target t ON t.code IN (
    'P_CHILDREN_10_14', 'P_ADOLESCENTS_14_17', 'P_YOUTH_15_24', 'P_YOUNG_ADULTS_25_34',
    'P_NEET_15_29', 'P_STUDENTS_15_PLUS', 'P_EARLY_SCHOOL_LEAVERS', 'P_FOREIGN_0_29')
WHERE st.code = 'YOUTH_CENTRE';

INSERT INTO service_type_target (service_type_id, target_id)
SELECT st.id, t.id FROM service_type st JOIN target t ON t.code IN (
    'P_MINORS_AT_RISK', 'P_MINORS_MALTREATED', 'P_MINORS_JUSTICE', 'P_DISABLED_MINORS',
    'P_AUTISM_SPECTRUM', 'F_WITH_MINORS', 'F_SINGLE_PARENT', 'F_WITH_DISABLED_MINOR',
    'F_THREE_OR_MORE_MINORS')
WHERE st.code = 'HOME_EDUCATIONAL_SUPPORT';

INSERT INTO service_type_target (service_type_id, target_id)
SELECT st.id, t.id FROM service_type st JOIN target t ON t.code IN (
    'P_MINORS', 'P_CHILDREN_5_9', 'P_CHILDREN_6_10', 'P_CHILDREN_10_14', 'P_ADOLESCENTS_14_17',
    'P_SCHOOL_AGE_6_18', 'P_LEARNING_DISORDERS', 'P_FOREIGN_MINORS', 'P_MINORS_ABSOLUTE_POVERTY',
    'P_EARLY_SCHOOL_LEAVERS')
WHERE st.code = 'AFTER_SCHOOL_SUPPORT';

INSERT INTO service_type_target (service_type_id, target_id)
SELECT st.id, t.id FROM service_type st JOIN target t ON t.code IN (
    'P_CHILDREN_3_5', 'P_SEPARATED_DIVORCED_MEN', 'F_WITH_MINORS', 'F_WITH_CHILDREN_0_4',
    'F_SINGLE_PARENT', 'F_THREE_OR_MORE_MINORS', 'F_LARGE', 'F_THREE_FOUR_PERSONS', 'F_TWO_PERSONS')
WHERE st.code = 'FAMILY_CENTRE';

INSERT INTO service_type_target (service_type_id, target_id)
SELECT st.id, t.id FROM service_type st JOIN target t ON t.code IN (
    'P_DEPRESSIVE_SYMPTOMS', 'P_MENTAL_HEALTH_USERS', 'P_FAMILY_CAREGIVERS', 'P_WOMEN_VIOLENCE',
    'P_MINORS_MALTREATED', 'P_ADOLESCENTS_14_17', 'P_SEPARATED_DIVORCED_MEN', 'P_WIDOWED',
    'P_ASYLUM_SEEKERS_REFUGEES', 'P_PROBLEM_GAMBLING')
WHERE st.code = 'PSYCHOLOGICAL_SUPPORT';

INSERT INTO service_type_target (service_type_id, target_id)
SELECT st.id, t.id FROM service_type st JOIN target t ON t.code IN (
    'P_WOMEN_VIOLENCE', 'P_FEMALES', 'P_FOREIGN_WOMEN', 'P_MINORS_MALTREATED')
WHERE st.code = 'ANTI_VIOLENCE_CENTRE';

INSERT INTO service_type_target (service_type_id, target_id)
SELECT st.id, t.id FROM service_type st JOIN target t ON t.code IN (
    'P_HOMELESS', 'P_ROUGH_SLEEPERS', 'P_SHELTER_GUESTS', 'P_ASYLUM_SEEKERS_REFUGEES')
WHERE st.code = 'HOMELESS_SHELTER';

INSERT INTO service_type_target (service_type_id, target_id)
SELECT st.id, t.id FROM service_type st JOIN target t ON t.code IN (
    'P_HOMELESS', 'P_ROUGH_SLEEPERS', 'P_SHELTER_GUESTS', 'P_ABSOLUTE_POVERTY',
    'P_FOOD_AID_RECIPIENTS')
WHERE st.code = 'SOUP_KITCHEN';

INSERT INTO service_type_target (service_type_id, target_id)
SELECT st.id, t.id FROM service_type st JOIN target t ON t.code IN (
    'F_RENTING', 'F_EVICTION_RISK', 'F_RENT_OVERBURDEN', 'F_POOR_BUILDING_CONDITION',
    'F_SOCIAL_HOUSING_APPLICANTS', 'F_ARREARS', 'F_LARGE', 'P_HOMELESS', 'P_SHELTER_GUESTS',
    'P_SEPARATED_DIVORCED_MEN')
WHERE st.code = 'HOUSING_SUPPORT';

INSERT INTO service_type_target (service_type_id, target_id)
SELECT st.id, t.id FROM service_type st JOIN target t ON t.code IN (
    'P_FOOD_AID_RECIPIENTS', 'P_ABSOLUTE_POVERTY', 'P_RELATIVE_POVERTY',
    'P_AT_RISK_POVERTY_EXCLUSION', 'P_MINORS_ABSOLUTE_POVERTY', 'P_ELDERLY_ABSOLUTE_POVERTY',
    'P_HOMELESS', 'F_ABSOLUTE_POVERTY', 'F_RELATIVE_POVERTY', 'F_WITH_MINORS_POOR')
WHERE st.code = 'FOOD_AID';

INSERT INTO service_type_target (service_type_id, target_id)
SELECT st.id, t.id FROM service_type st JOIN target t ON t.code IN (
    'P_ELDERLY_75_PLUS', 'P_ELDERLY_85_PLUS', 'P_ELDERLY_ALONE', 'P_ELDERLY_NON_SELF_SUFFICIENT',
    'P_ELDERLY_DEMENTIA', 'P_DISABLED_ELDERLY_65_PLUS', 'P_DISABLED')
WHERE st.code = 'MEALS_AT_HOME';

INSERT INTO service_type_target (service_type_id, target_id)
SELECT st.id, t.id FROM service_type st JOIN target t ON t.code IN (
    'P_ELDERLY_75_PLUS', 'P_ELDERLY_85_PLUS', 'P_ELDERLY_ALONE', 'P_ELDERLY_NON_SELF_SUFFICIENT',
    'P_DISABLED', 'P_DISABLED_MINORS', 'P_DISABLED_ADULTS_18_64', 'P_DISABLED_ELDERLY_65_PLUS')
WHERE st.code = 'ESCORTED_TRANSPORT';

INSERT INTO service_type_target (service_type_id, target_id)
SELECT st.id, t.id FROM service_type st JOIN target t ON t.code IN (
    'P_ELDERLY_ALONE', 'P_ELDERLY_75_PLUS', 'P_RETIRED', 'P_FOREIGN_RESIDENTS',
    'P_RECENT_MIGRANTS', 'P_FOREIGN_LIMITED_ITALIAN', 'P_LOW_EDUCATION', 'P_ILLITERATE',
    'P_NO_QUALIFICATION', 'P_FAMILY_CAREGIVERS', 'P_DISABLED')
WHERE st.code = 'PAPERWORK_HELP';

INSERT INTO service_type_target (service_type_id, target_id)
SELECT st.id, t.id FROM service_type st JOIN target t ON t.code IN (
    'P_ELDERLY_WITH_PAID_CARER', 'P_FAMILY_CAREGIVERS', 'P_FOREIGN_WOMEN',
    'F_WITH_ELDERLY_75_PLUS', 'F_WITH_NON_SELF_SUFFICIENT_ELDERLY', 'F_WITH_DISABLED_MEMBER')
WHERE st.code = 'DOMESTIC_WORK_SUPPORT';

INSERT INTO service_type_target (service_type_id, target_id)
SELECT st.id, t.id FROM service_type st JOIN target t ON t.code IN (
    'P_WORKING_AGE_15_64', 'P_ADULTS_25_64', 'P_UNEMPLOYED', 'P_JOB_LOSERS', 'P_FIRST_JOB_SEEKERS',
    'P_UNEMPLOYED_WOMEN', 'P_LONG_TERM_UNEMPLOYED', 'P_YOUTH_UNEMPLOYED', 'P_DISABLED_JOB_SEEKERS',
    'P_NEET_15_29', 'P_WORKING_POOR', 'P_HOMEMAKERS', 'P_PENAL_EXECUTION',
    'P_EARLY_SCHOOL_LEAVERS', 'F_WITH_UNEMPLOYED')
WHERE st.code = 'EMPLOYMENT_SERVICE';

INSERT INTO service_type_target (service_type_id, target_id)
SELECT st.id, t.id FROM service_type st JOIN target t ON t.code IN (
    'P_FOREIGN_RESIDENTS', 'P_RECENT_MIGRANTS', 'P_FOREIGN_LIMITED_ITALIAN',
    'P_ASYLUM_SEEKERS_REFUGEES', 'P_FOREIGN_WOMEN', 'P_FOREIGN_0_29', 'P_FOREIGN_EUROPE',
    'P_FOREIGN_AFRICA', 'P_FOREIGN_AMERICA', 'P_FOREIGN_ASIA', 'P_UNACCOMPANIED_MINORS',
    'P_ILLITERATE')
WHERE st.code = 'ITALIAN_COURSES';

INSERT INTO service_type_target (service_type_id, target_id)
SELECT st.id, t.id FROM service_type st JOIN target t ON t.code IN (
    'P_FOREIGN_RESIDENTS', 'P_FOREIGN_WOMEN', 'P_FOREIGN_0_29', 'P_FOREIGN_EUROPE',
    'P_FOREIGN_AFRICA', 'P_FOREIGN_AMERICA', 'P_FOREIGN_ASIA', 'P_RECENT_MIGRANTS',
    'P_FOREIGN_MINORS', 'P_UNACCOMPANIED_MINORS', 'P_ASYLUM_SEEKERS_REFUGEES',
    'P_FOREIGN_LIMITED_ITALIAN', 'F_FOREIGN')
WHERE st.code = 'MIGRANT_SERVICE';

INSERT INTO service_type_target (service_type_id, target_id)
SELECT st.id, t.id FROM service_type st JOIN target t ON t.code IN (
    'P_ADULTS_18_PLUS', 'P_WOMEN_VIOLENCE', 'P_SEPARATED_DIVORCED_MEN', 'P_PENAL_EXECUTION',
    'P_FAMILY_CAREGIVERS', 'P_DISABLED', 'P_FOREIGN_RESIDENTS', 'P_RECENT_MIGRANTS',
    'P_ASYLUM_SEEKERS_REFUGEES', 'F_EVICTION_RISK', 'F_ARREARS')
WHERE st.code = 'LEGAL_ADVICE';

INSERT INTO service_type_target (service_type_id, target_id)
SELECT st.id, t.id FROM service_type st JOIN target t ON t.code IN (
    'P_ADULTS_18_PLUS', 'P_WORKING_POOR', 'P_RETIRED', 'P_AT_RISK_POVERTY_EXCLUSION',
    'P_SEPARATED_DIVORCED_MEN', 'F_ALL', 'F_ARREARS', 'F_ABSOLUTE_POVERTY', 'F_RELATIVE_POVERTY',
    'F_RENT_OVERBURDEN', 'F_WITH_UNEMPLOYED')
WHERE st.code = 'FINANCIAL_EDUCATION';
