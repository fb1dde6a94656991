/**
 * The language people read: Italian by default, English on request. {@link LanguageResolver} chooses it per
 * request ({@code ?lang=} remembered in a cookie, else the browser's Italian or English, else Italian);
 * {@link LanguageAdvice} gives every page the header's language switch and the strings its scripts need.
 */
package org.welfareintelligence.i18n;
