// The page's language for scripts: WI.t(key, params…) gives a string of the bundles (rendered into the page as
// JSON blocks marked data-wi-text, or objects window.WI_TEXT_*), WI.fmt formats numbers and dates with Intl.
(function () {
  'use strict';
  const WI = window.WI = window.WI || {};
  const lang = document.documentElement.lang || 'it';
  // English as written in Europe: 30/06/2025, 24-hour times
  const intlLocale = lang === 'en' ? 'en-GB' : lang;
  let texts = null;

  function load() {
    const all = {};
    document.querySelectorAll('script[data-wi-text]').forEach(block => {
      try {
        Object.assign(all, JSON.parse(block.textContent || '{}'));
      } catch (e) {
        // a malformed block leaves its keys out: WI.t then shows the key itself
      }
    });
    Object.keys(window).filter(name => name.startsWith('WI_TEXT_')).forEach(name => Object.assign(all, window[name]));
    return all;
  }

  WI.lang = lang;

  /** The text of a key with {0}, {1}… replaced by the parameters (as Java's MessageFormat, '' is a quote). */
  WI.t = function (key, ...params) {
    if (texts === null || !(key in texts)) {
      texts = load();
    }
    const text = texts[key];
    if (text === undefined) {
      return key;
    }
    if (params.length === 0) {
      return text;
    }
    return text.replace(/\{(\d+)\}/g, (match, i) => (i < params.length ? String(params[i]) : match)).replace(/''/g, "'");
  };

  /** The name of a facility status code (OPEN, PLANNED…) in the page's language. */
  WI.status = function (code) {
    return code ? WI.t('js.status.' + String(code).toLowerCase()) : '';
  };

  const formats = new Map();
  function format(kind, options) {
    const id = kind + JSON.stringify(options);
    if (!formats.has(id)) {
      formats.set(id, kind === 'date' ? new Intl.DateTimeFormat(intlLocale, options) : new Intl.NumberFormat(intlLocale, options));
    }
    return formats.get(id);
  }

  WI.fmt = {
    /** A number with at most `digits` decimals (default 0: people are whole); '–' when there is none. */
    number(value, digits, minimumDigits) {
      if (value == null || value === '' || Number.isNaN(Number(value))) {
        return '–';
      }
      return format('number', {maximumFractionDigits: digits || 0, minimumFractionDigits: minimumDigits || 0})
        .format(Number(value));
    },
    /** A share (0.25) as a percentage ("25 %" in Italian, "25%" in English). */
    percent(share, digits) {
      if (share == null || Number.isNaN(Number(share))) {
        return '–';
      }
      return format('percent', {style: 'percent', maximumFractionDigits: digits == null ? 1 : digits})
        .format(Number(share));
    },
    /** A distance in metres as "840 m" or "1,2 km". */
    distance(metres) {
      if (metres == null || Number.isNaN(Number(metres))) {
        return '–';
      }
      return Number(metres) >= 1000 ? WI.fmt.number(Number(metres) / 1000, 1) + ' km' : WI.fmt.number(metres) + ' m';
    },
    /** A date or ISO date-time string as the locale writes it ("4 dic 2026" in Italian); with time when asked. */
    date(value, withTime) {
      if (value == null || value === '') {
        return '–';
      }
      const date = value instanceof Date ? value
        : new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? value + 'T00:00:00' : value);
      if (Number.isNaN(date.getTime())) {
        return String(value);
      }
      return format('date', withTime ? {dateStyle: 'medium', timeStyle: 'short'} : {dateStyle: 'medium'}).format(date);
    }
  };
})();
