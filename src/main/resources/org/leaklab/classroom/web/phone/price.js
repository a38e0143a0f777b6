// LeakLab's price rules, ported from the app so a phone reads and writes dollars exactly as the
// app does: PriceInput (reading what a person types), DollarAmounts.plain (writing a price) and
// EstimateViewModel's log scale with its round prices. PriceRulesTest checks the Java side and the
// browser test this file against the same cases (src/test/resources/.../price-cases.json).
'use strict';
(function () {
  // Java's \s (ASCII white space), not JavaScript's wider Unicode \s.
  var CURRENCY = /(us[ \t\n\x0B\f\r]*\$|usd|us-dollars?|dollars?|\$)/i;
  var CURRENCY_ALL = /(us[ \t\n\x0B\f\r]*\$|usd|us-dollars?|dollars?|\$)/gi;
  var THOUSANDS = /[ \t\n\x0B\f\r]*(k|tsd\.?|thousand|tausend)$/i;
  var SPACES = /[ \t\n\x0B\f\r\u00a0\u202f']/g;
  var DIGITS_AND_MARKS = /^[0-9.,]+$/;
  var STEPS_PER_DECADE = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8];
  var MIN_POSITION = 0;
  var MAX_POSITION = 4;

  // String.trim() in Java: removes every character up to U+0020.
  function javaTrim(text) {
    var start = 0;
    var end = text.length;
    while (start < end && text.charCodeAt(start) <= 32) { start++; }
    while (end > start && text.charCodeAt(end - 1) <= 32) { end--; }
    return text.substring(start, end);
  }

  // String.isBlank() in Java: only Character.isWhitespace characters (no-break spaces are not).
  function javaIsBlank(text) {
    for (var i = 0; i < text.length; i++) {
      var c = text.charCodeAt(i);
      var space = (c >= 9 && c <= 13) || (c >= 28 && c <= 32) || c === 0x1680 || (c >= 0x2000 && c <= 0x2006)
        || (c >= 0x2008 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x205f || c === 0x3000;
      if (!space) { return false; }
    }
    return true;
  }

  function isDigit(c) { return c >= '0' && c <= '9'; }

  function marksFor(lang) {
    var decimal = lang === 'de' ? ',' : '.';
    return { decimal: decimal, grouping: decimal === ',' ? '.' : ',' };
  }

  function validGroups(number, mark) {
    if (number.indexOf(mark) < 0) { return number.length > 0; }
    var groups = number.split(mark);
    if (groups[0].length === 0 || groups[0].length > 3) { return false; }
    for (var i = 1; i < groups.length; i++) {
      if (groups[i].length !== 3) { return false; }
    }
    return true;
  }

  function count(text, mark) {
    var n = 0;
    for (var i = 0; i < text.length; i++) { if (text[i] === mark) { n++; } }
    return n;
  }

  function normalise(number, marks) {
    var lastDot = number.lastIndexOf('.');
    var lastComma = number.lastIndexOf(',');
    if (lastDot >= 0 && lastComma >= 0) {
      var decimal = lastDot > lastComma ? '.' : ',';
      var grouping = decimal === '.' ? ',' : '.';
      var decimalAt = number.lastIndexOf(decimal);
      if (number.indexOf(decimal) !== decimalAt) { return null; }
      var whole = number.substring(0, decimalAt);
      var fraction = number.substring(decimalAt + 1);
      if (!validGroups(whole, grouping) || fraction.indexOf(grouping) >= 0) { return null; }
      return whole.split(grouping).join('') + '.' + fraction;
    }
    var mark = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : null;
    if (mark === null) { return number; }
    var n = count(number, mark);
    if (mark === marks.decimal && n === 1) { return number.replace(mark, '.'); }
    if (validGroups(number, mark)) { return number.split(mark).join(''); }
    if (mark === marks.grouping && n === 1) { return number.replace(mark, '.'); }
    return null;
  }

  /** PriceInput.read: {kind: 'empty'} | {kind: 'price', dollars} | {kind: 'nan', text}. */
  function read(text, lang) {
    if (text === null || text === undefined) { return { kind: 'empty' }; }
    var marks = marksFor(lang);
    var rest = javaTrim(javaTrim(text).replace(CURRENCY_ALL, ''));
    var factor = 1;
    var thousands = THOUSANDS.exec(rest);
    if (thousands && thousands.index > 0) {
      factor = 1000;
      rest = rest.substring(0, thousands.index);
    }
    rest = rest.replace(SPACES, '');
    if (rest.charAt(0) === '-' || rest.charAt(0) === '\u2212') {
      factor = -factor;
      rest = rest.substring(1);
    }
    var nan = { kind: 'nan', text: javaTrim(text) };
    if (rest.length === 0) {
      return javaIsBlank(text) || (Math.abs(factor) === 1 && CURRENCY.test(text) && factor > 0) ? { kind: 'empty' } : nan;
    }
    if (!DIGITS_AND_MARKS.test(rest) || (!isDigit(rest.charAt(0)) && !(rest.length > 1 && isDigit(rest.charAt(1))))) {
      return nan;
    }
    var plain = normalise(rest, marks);
    if (plain === null) { return nan; }
    var value = Number(plain);
    if (isNaN(value)) { return nan; }
    return { kind: 'price', dollars: value * factor };
  }

  // Rounds to whole cents half-to-even, as Java's DecimalFormat does by default.
  function centsHalfEven(dollars) {
    var scaled = dollars * 100;
    var floor = Math.floor(scaled);
    var rest = scaled - floor;
    if (rest > 0.5) { return floor + 1; }
    if (rest < 0.5) { return floor; }
    return floor % 2 === 0 ? floor : floor + 1;
  }

  function group(digits, mark) {
    var out = '';
    for (var i = 0; i < digits.length; i++) {
      if (i > 0 && (digits.length - i) % 3 === 0) { out += mark; }
      out += digits[i];
    }
    return out;
  }

  /** DollarAmounts.plain: "1,500", "1.500", "2.50"; cents only when there are any. */
  function plain(dollars, lang) {
    var marks = marksFor(lang);
    var negative = dollars < 0;
    var size = Math.abs(dollars);
    var whole = Math.abs(dollars - Math.round(dollars)) < 0.005;
    var text;
    if (whole) {
      text = group(String(Math.round(size)), marks.grouping);
    } else {
      var cents = centsHalfEven(size);
      var units2 = Math.floor(cents / 100);
      var rest = cents % 100;
      text = group(String(units2), marks.grouping) + marks.decimal + (rest < 10 ? '0' : '') + rest;
    }
    return negative ? '\u2212' + text : text;
  }

  /** The slider position for a price: log10 of the dollars, clamped to the scale. */
  function positionFor(dollars) {
    if (!(dollars > 0)) { return MIN_POSITION; }
    return Math.max(MIN_POSITION, Math.min(MAX_POSITION, Math.log10(dollars)));
  }

  function dollarsAt(position) {
    return Math.pow(10, Math.max(MIN_POSITION, Math.min(MAX_POSITION, position)));
  }

  function roundPrices() {
    var prices = [];
    for (var decade = 0; decade < MAX_POSITION; decade++) {
      for (var i = 0; i < STEPS_PER_DECADE.length; i++) { prices.push(STEPS_PER_DECADE[i] * Math.pow(10, decade)); }
    }
    prices.push(Math.pow(10, MAX_POSITION));
    return prices;
  }

  /** The round price nearest to dollars on the log scale. */
  function snap(dollars) {
    var best = 1;
    var bestDistance = Infinity;
    var prices = roundPrices();
    for (var i = 0; i < prices.length; i++) {
      var distance = Math.abs(Math.log10(prices[i]) - Math.log10(dollars));
      if (distance < bestDistance) { best = prices[i]; bestDistance = distance; }
    }
    return best;
  }

  /** One round price up (direction 1) or down (-1). */
  function neighbour(dollars, direction, min, max) {
    var prices = roundPrices();
    if (direction > 0) {
      for (var i = 0; i < prices.length; i++) { if (prices[i] > dollars * (1 + 1e-9)) { return prices[i]; } }
      return max;
    }
    var below = min;
    for (var j = 0; j < prices.length; j++) { if (prices[j] < dollars * (1 - 1e-9)) { below = prices[j]; } }
    return below;
  }

  var api = { read: read, plain: plain, positionFor: positionFor, dollarsAt: dollarsAt, snap: snap,
    neighbour: neighbour, MIN_POSITION: MIN_POSITION, MAX_POSITION: MAX_POSITION };
  if (typeof window !== 'undefined') { window.LeakLabPrice = api; }
  if (typeof module !== 'undefined') { module.exports = api; }
}());
