/*
 * Answers to check without waiting for a thumbs down: unsure ones (low score), those the citizen asked again at
 * once (rephrased), and those rated down with their comments. Clicking one opens its conversation.
 */
(function () {
  'use strict';

  const { ASPECTS, json, $, el, clear, time, periodQuery, report } = window.DvcAdmin;
  const state = { page: 0 };

  function score(value) {
    return value.toFixed(2).replace('.', ',');
  }

  async function load() {
    const page = await json('/answers' + periodQuery({ filter: $('answers-filter').value, page: state.page, size: 20 }));
    const body = $('answers');
    clear(body);
    if (page.items.length === 0) {
      const row = el('tr');
      row.appendChild(el('td', 'Không có câu trả lời nào như vậy trong khoảng này.'));
      body.appendChild(row);
    }
    page.items.forEach((answer) => {
      const row = el('tr');
      row.tabIndex = 0;
      const rated = answer.useful === false ? 'Chưa hữu ích' + (answer.comment ? ': “' + answer.comment + '”' : '') : '';
      [answer.message, answer.procedureId + ' / ' + (ASPECTS[answer.aspect] || answer.aspect), score(answer.score),
        answer.nextMessage || '', rated, time(answer.createdAt)].forEach((text) => row.appendChild(el('td', text)));
      const open = () => document.dispatchEvent(new CustomEvent('dvc-open-conversation', { detail: answer.conversationId }));
      row.addEventListener('click', open);
      row.addEventListener('keydown', (event) => { if (event.key === 'Enter') open(); });
      body.appendChild(row);
    });
    $('answers-total').textContent = page.total + ' câu trả lời';
  }

  function refresh() {
    state.page = 0;
    load().catch((e) => report($('answers-total'), e));
  }

  document.addEventListener('DOMContentLoaded', () => {
    $('answers-filter').addEventListener('change', refresh);
    document.addEventListener('dvc-period-changed', refresh);
  });
}());
