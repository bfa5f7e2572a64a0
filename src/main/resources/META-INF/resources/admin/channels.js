/*
 * Channels' health: whether Messenger and Zalo are on, when each last delivered a reply and its platform's last
 * error, and the replies the platform refused, with the platform's error and, for editors, a resend.
 */
(function () {
  'use strict';

  const { json, $, el, button, clear, time, clickableRow, pager, report } = window.DvcAdmin;
  const PAGE_SIZE = 20;
  const SHOWN_TEXT = 160;
  const state = { page: 0 };

  function error(code, message) {
    return code ? code + (message ? ': ' + message : '') : '';
  }

  async function loadStates() {
    const channels = await json('/channels');
    const body = $('channel-states');
    clear(body);
    channels.forEach((c) => {
      const row = el('tr');
      row.appendChild(el('td', c.channel === 'zalo' ? 'Zalo OA' : 'Messenger'));
      row.appendChild(el('td', c.on ? 'Đang bật' : 'Đang tắt: chưa đặt ' + c.missingSecrets.join(', '), c.on ? 'ok' : 'hint'));
      row.appendChild(el('td', c.lastSuccessAt ? time(c.lastSuccessAt) : 'Chưa có'));
      row.appendChild(el('td', c.lastErrorAt ? time(c.lastErrorAt) + ' – ' + error(c.lastErrorCode, c.lastErrorMessage) : 'Không có'));
      row.appendChild(el('td', c.failedSends));
      body.appendChild(row);
    });
  }

  async function loadFailed() {
    const query = new URLSearchParams({ page: state.page, size: PAGE_SIZE });
    if ($('failed-channel').value) query.set('channel', $('failed-channel').value);
    const page = await json('/channels/failed-sends?' + query.toString());
    const body = $('failed-sends');
    clear(body);
    if (page.items.length === 0) {
      const row = el('tr');
      row.appendChild(el('td', 'Không có tin trả lời nào chưa gửi được.'));
      body.appendChild(row);
    }
    page.items.forEach((failed) => {
      const text = failed.text || '';
      const shown = text.length > SHOWN_TEXT ? text.slice(0, SHOWN_TEXT) + '…' : text;
      const row = clickableRow([time(failed.failedAt), failed.channel, failed.recipient, shown,
        error(failed.errorCode, failed.errorMessage), failed.attempts, ''], () => {
        if (failed.conversationId) document.dispatchEvent(new CustomEvent('dvc-open-conversation', { detail: failed.conversationId }));
      });
      row.children[3].title = text;
      const actions = row.lastChild;
      actions.className = 'actions edit-only';
      actions.appendChild(button('Gửi lại', () => attempt(resend(failed.id))));
      body.appendChild(row);
    });
    pager($('failed-sends-pager'), page, (n) => { state.page = n; attempt(loadFailed()); });
  }

  async function resend(id) {
    const result = $('resend-result');
    result.className = '';
    result.textContent = 'Đang gửi lại…';
    const outcome = await json('/channels/failed-sends/' + id + '/resend', { method: 'POST' });
    result.className = outcome.delivered ? 'ok' : 'error';
    result.textContent = outcome.delivered ? 'Đã gửi lại tin cho ' + outcome.recipient + ' qua ' + outcome.channel + '.'
      : 'Nền tảng vẫn từ chối: ' + error(outcome.errorCode, outcome.errorMessage);
    await Promise.all([loadStates(), loadFailed()]);
  }

  function attempt(promise) {
    promise.catch((e) => report($('resend-result'), e));
  }

  function refresh() {
    state.page = 0;
    attempt(Promise.all([loadStates(), loadFailed()]));
  }

  document.addEventListener('DOMContentLoaded', () => {
    document.addEventListener('dvc-admin-entered', refresh);
    $('failed-channel').addEventListener('change', () => { state.page = 0; attempt(loadFailed()); });
  });
}());
