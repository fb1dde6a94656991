/**
 * Tender support: the context of a zone (demand by target and its trend, supply and its load, comparison with
 * the city and peer districts, data sources) as a web page, PDF, CSV and XLSX for organisations preparing a
 * bid, and the bid check that says how well a bid's zone and targets match measured need.
 */
package org.welfareintelligence.tender;
