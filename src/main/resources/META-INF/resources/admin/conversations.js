/*
 * The stored conversations of the period, narrowed by channel, reply type, a question group or a procedure answered,
 * and one conversation turn by turn, each answer linked to the guide section or the portal's record it came from.
 */
(function () {
  'use strict';

  const { ASPECTS, json, $, el, button, clear, time, periodQuery, clickableRow, select, pager } = window.DvcAdmin;
  const PAGE_SIZE = 20;
  const TYPES = { answer: 'Trả lời', clarify: 'Hỏi lại', fallback: 'Ngoài phạm vi', smalltalk: 'Chào hỏi' };
  const NARROWED_BY = { question: 'Câu hỏi:', procedure: 'Thủ tục:' };
  const state = { page: 0, narrowing: {} };

  async function load() {
    const page = await json('/conversations' + periodQuery(Object.assign({
      channel: $('channel').value, type: $('type').value, page: state.page, size: PAGE_SIZE
    }, state.narrowing)));
    const body = $('conversations');
    clear(body);
    page.items.forEach((c) => {
      body.appendChild(clickableRow([time(c.startedAt), c.channel, c.turns, c.firstMessage], (row) => {
        select(row);
        attempt(open(c.id));
      }));
    });
    pager($('conversations-pager'), page, (n) => { state.page = n; attempt(load()); });
  }

  /** Where an answer came from: the guide's section opens in the editor, a national procedure's record on the portal. */
  function source(from) {
    const line = el('div', null, 'meta');
    if (from.kind === 'guide') {
      line.appendChild(button('Mở hướng dẫn “' + from.name + '”, phần ' + (ASPECTS[from.aspect] || from.aspect), () =>
        document.dispatchEvent(new CustomEvent('dvc-open-guide', { detail: { path: from.path, aspect: from.aspect } })), 'link'));
      return line;
    }
    let url = null;
    try { url = new URL(from.url); } catch (e) { /* shown without a link */ }
    const label = 'Thủ tục quốc gia ' + from.code + ': ' + from.name;
    if (url && (url.protocol === 'https:' || url.protocol === 'http:')) {
      const link = el('a', label);
      link.href = url.href;
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
      line.appendChild(link);
    } else {
      line.appendChild(el('span', label));
    }
    return line;
  }

  async function open(id) {
    const conversation = await json('/conversations/' + encodeURIComponent(id));
    $('conversation').hidden = false;
    $('conversation-meta').textContent = 'Mã ' + conversation.id + ' – kênh ' + conversation.channel + ' – từ '
      + time(conversation.startedAt) + ' đến ' + time(conversation.lastTurnAt);
    const list = $('turns');
    clear(list);
    conversation.turns.forEach((turn) => {
      const item = el('li');
      item.appendChild(el('div', turn.message, 'question'));
      item.appendChild(el('div', turn.reply, 'reply'));
      const where = turn.procedureId ? ' – ' + turn.procedureId + (turn.aspect ? ' / ' + (ASPECTS[turn.aspect] || turn.aspect) : '') : '';
      item.appendChild(el('div', time(turn.createdAt) + ' – ' + (TYPES[turn.type] || turn.type) + where
        + ' – điểm ' + turn.score.toFixed(2).replace('.', ',')
        + (turn.guideVersion ? ' – phiên bản ' + turn.guideVersion : ''), 'meta'));
      if (turn.answeredFrom) item.appendChild(source(turn.answeredFrom));
      if (turn.feedback) {
        const verdict = turn.feedback.useful ? 'Đánh giá: hữu ích' : 'Đánh giá: chưa hữu ích';
        item.appendChild(el('div', verdict + (turn.feedback.comment ? ' – “' + turn.feedback.comment + '”' : ''),
          turn.feedback.useful ? 'up' : 'down'));
      }
      list.appendChild(item);
    });
    $('conversation').scrollIntoView();
  }

  /** Narrows the list to a question group ({question}) or a procedure ({procedure}), shown with its label. */
  function narrow(narrowing, label) {
    state.narrowing = narrowing;
    state.page = 0;
    const kind = Object.keys(narrowing)[0];
    $('question-filter-kind').textContent = NARROWED_BY[kind] || '';
    $('question-filter-text').textContent = label;
    $('question-filter').hidden = !kind;
    attempt(load().then(() => { if (kind) $('conversations-title').scrollIntoView(); }));
  }

  /** A refusal goes to the page's status line (admin.js), a lost session back to the login. */
  function attempt(promise) {
    promise.catch((e) => document.dispatchEvent(new CustomEvent('dvc-admin-error', { detail: e })));
  }

  document.addEventListener('DOMContentLoaded', () => {
    document.addEventListener('dvc-period-changed', () => { state.page = 0; attempt(load()); });
    document.addEventListener('dvc-filter-conversations', (event) => narrow(event.detail.filter, event.detail.label));
    document.addEventListener('dvc-open-conversation', (event) => attempt(open(event.detail)));
    $('channel').addEventListener('change', () => { state.page = 0; attempt(load()); });
    $('type').addEventListener('change', () => { state.page = 0; attempt(load()); });
    $('clear-question').addEventListener('click', () => narrow({}, ''));
  });
}());
