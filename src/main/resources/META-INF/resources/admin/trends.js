/*
 * Trends of the chosen period, day by day, drawn by the page itself as SVG (no chart library, nothing from another
 * site): questions stacked by how they were answered with the answer rate as a line, and the citizens' ratings; a
 * channel narrows the days, and a table gives every channel's totals. Each day's numbers are in its <title>, which
 * browsers show on hover and screen readers read.
 */
(function () {
  'use strict';

  const { json, $, el, clear, percent, periodQuery } = window.DvcAdmin;
  const NS = 'http://www.w3.org/2000/svg';
  const WIDTH = 960;
  const MARGIN = { left: 44, right: 48, top: 14, bottom: 30 };
  const CHANNELS = { web: 'Web', messenger: 'Messenger', zalo: 'Zalo' };

  function svg(tag, attributes, text) {
    const node = document.createElementNS(NS, tag);
    Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, String(value)));
    if (text !== undefined) node.textContent = String(text);
    return node;
  }

  function titled(node, text) {
    node.appendChild(svg('title', {}, text));
    return node;
  }

  /** 12 → 15, 130 → 150: a round top for the axis, at least 1. */
  function roundUp(value) {
    if (value <= 4) return Math.max(1, value);
    const step = Math.pow(10, Math.floor(Math.log10(value)));
    return [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].map((m) => m * step).find((top) => top >= value);
  }

  function dayLabel(iso) {
    const [year, month, day] = iso.split('-');
    return { short: day + '/' + month, long: day + '/' + month + '/' + year };
  }

  /** The frame shared by both charts: a band per day and the dates under every few of them. */
  function frame(days, height) {
    const chart = svg('svg', { viewBox: '0 0 ' + WIDTH + ' ' + height, role: 'img', class: 'chart' });
    const plot = { x: MARGIN.left, y: MARGIN.top, w: WIDTH - MARGIN.left - MARGIN.right, h: height - MARGIN.top - MARGIN.bottom };
    const band = plot.w / days.length;
    const every = Math.ceil(days.length / 12);
    days.forEach((day, i) => {
      if ((days.length - 1 - i) % every === 0) {
        chart.appendChild(svg('text', { x: plot.x + band * (i + 0.5), y: height - 10, class: 'axis', 'text-anchor': 'middle' },
          dayLabel(day.date).short));
      }
    });
    return { chart, plot, band, barWidth: Math.max(1, band * 0.72) };
  }

  function gridLine(chart, plot, y, label, right) {
    chart.appendChild(svg('line', { x1: plot.x, x2: plot.x + plot.w, y1: y, y2: y, class: 'grid' }));
    chart.appendChild(svg('text', { x: plot.x - 6, y: y + 4, class: 'axis', 'text-anchor': 'end' }, label));
    if (right !== undefined) chart.appendChild(svg('text', { x: plot.x + plot.w + 6, y: y + 4, class: 'axis rate' }, right));
  }

  /** Questions per day stacked as answered, clarified and fallen back; the answer rate as a line on the right scale. */
  function questionsChart(days, summary) {
    const { chart, plot, band, barWidth } = frame(days, 240);
    const top = roundUp(Math.max(0, ...days.map((d) => d.questions)));
    const y = (count) => plot.y + plot.h - (count / top) * plot.h;
    [0, top / 2, top].forEach((tick, i) => gridLine(chart, plot, y(tick), Number.isInteger(tick) ? tick : tick.toFixed(1), ['0 %', '50 %', '100 %'][i]));
    days.forEach((day, i) => {
      const x = plot.x + band * i + (band - barWidth) / 2;
      const group = titled(svg('g', { class: 'day' }), dayLabel(day.date).long + ': ' + day.questions + ' lượt hỏi – ' + day.answers
        + ' trả lời, ' + day.clarifications + ' hỏi lại, ' + day.fallbacks + ' ngoài phạm vi; tỉ lệ trả lời ' + percent(day.answerRate));
      let base = 0;
      [['answers', 'bar-answer'], ['clarifications', 'bar-clarify'], ['fallbacks', 'bar-fallback']].forEach(([field, kind]) => {
        if (day[field] > 0) group.appendChild(svg('rect', { x, width: barWidth, y: y(base + day[field]), height: y(base) - y(base + day[field]), class: kind }));
        base += day[field];
      });
      group.appendChild(svg('rect', { x: plot.x + band * i, width: band, y: plot.y, height: plot.h, class: 'hit' }));
      chart.appendChild(group);
    });
    const rateY = (ratio) => plot.y + plot.h - ratio * plot.h;
    let path = '';
    days.forEach((day, i) => {
      if (day.answerRate === null) return;
      const previous = i > 0 ? days[i - 1].answerRate : null;
      path += (previous === null ? 'M' : 'L') + (plot.x + band * (i + 0.5)).toFixed(1) + ' ' + rateY(day.answerRate).toFixed(1) + ' ';
    });
    chart.appendChild(svg('path', { d: path.trim() || 'M0 0', class: 'rate-line' }));
    days.forEach((day, i) => {
      if (day.answerRate !== null) {
        chart.appendChild(titled(svg('circle', { cx: plot.x + band * (i + 0.5), cy: rateY(day.answerRate), r: 3, class: 'rate-dot' }),
          dayLabel(day.date).long + ': tỉ lệ trả lời ' + percent(day.answerRate)));
      }
    });
    chart.setAttribute('aria-label', 'Lượt hỏi và tỉ lệ trả lời theo ngày. ' + summary);
    return chart;
  }

  /** Thumbs up above the middle line, thumbs down below it. */
  function feedbackChart(days) {
    const { chart, plot, band, barWidth } = frame(days, 160);
    const top = roundUp(Math.max(0, ...days.map((d) => Math.max(d.up, d.down))));
    const middle = plot.y + plot.h / 2;
    const scale = (count) => (count / top) * (plot.h / 2);
    gridLine(chart, plot, plot.y, top);
    gridLine(chart, plot, middle, 0);
    gridLine(chart, plot, plot.y + plot.h, top);
    days.forEach((day, i) => {
      const x = plot.x + band * i + (band - barWidth) / 2;
      const group = titled(svg('g', { class: 'day' }), dayLabel(day.date).long + ': ' + day.up + ' hữu ích, ' + day.down + ' chưa hữu ích');
      if (day.up > 0) group.appendChild(svg('rect', { x, width: barWidth, y: middle - scale(day.up), height: scale(day.up), class: 'bar-up' }));
      if (day.down > 0) group.appendChild(svg('rect', { x, width: barWidth, y: middle, height: scale(day.down), class: 'bar-down' }));
      group.appendChild(svg('rect', { x: plot.x + band * i, width: band, y: plot.y, height: plot.h, class: 'hit' }));
      chart.appendChild(group);
    });
    const up = days.reduce((n, d) => n + d.up, 0);
    const down = days.reduce((n, d) => n + d.down, 0);
    chart.setAttribute('aria-label', 'Đánh giá theo ngày: ' + up + ' hữu ích, ' + down + ' chưa hữu ích.');
    return chart;
  }

  function figure(caption, chart) {
    const node = el('figure');
    node.appendChild(el('figcaption', caption));
    node.appendChild(chart);
    return node;
  }

  function channelsTable(channels) {
    const body = $('trends-channels');
    clear(body);
    if (channels.length === 0) {
      const row = el('tr');
      row.appendChild(el('td', 'Chưa có lượt hỏi nào trong khoảng này.'));
      body.appendChild(row);
    }
    channels.forEach((c) => {
      const row = el('tr');
      [CHANNELS[c.channel] || c.channel, c.questions, c.answers, percent(c.answerRate), c.up, c.down]
        .forEach((value) => row.appendChild(el('td', value)));
      body.appendChild(row);
    });
  }

  async function load() {
    const trends = await json('/trends' + periodQuery({ channel: $('trends-channel').value }));
    const questions = trends.days.reduce((n, d) => n + d.questions, 0);
    const answers = trends.days.reduce((n, d) => n + d.answers, 0);
    const summary = 'Từ ' + dayLabel(trends.period.from).long + ' đến ' + dayLabel(trends.period.to).long + ': ' + questions
      + ' lượt hỏi, tỉ lệ trả lời ' + percent(questions ? answers / questions : null) + '.';
    $('trends-summary').textContent = summary;
    const area = $('trends-charts');
    clear(area);
    area.appendChild(figure('Lượt hỏi mỗi ngày và tỉ lệ trả lời', questionsChart(trends.days, summary)));
    area.appendChild(figure('Đánh giá mỗi ngày: hữu ích (trên), chưa hữu ích (dưới)', feedbackChart(trends.days)));
    channelsTable(trends.channels);
  }

  function refresh() {
    load().catch((e) => document.dispatchEvent(new CustomEvent('dvc-admin-error', { detail: e })));
  }

  document.addEventListener('DOMContentLoaded', () => {
    document.addEventListener('dvc-period-changed', refresh);
    $('trends-channel').addEventListener('change', refresh);
  });
}());
