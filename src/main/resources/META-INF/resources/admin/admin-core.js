/*
 * What every part of the admin page shares: requests to the admin API (the session is an HttpOnly cookie the page
 * never sees), errors, and building elements. Citizens' text is untrusted, so everything shown is set with
 * textContent, never parsed as HTML. The page runs under a strict Content-Security-Policy: no inline script.
 */
(function () {
  'use strict';

  const API = '/api/v1/admin';
  const ZONE = 'Asia/Ho_Chi_Minh';
  const ASPECTS = {
    overview: 'Tổng quan', eligibility: 'Đối tượng, điều kiện', documents: 'Hồ sơ', steps: 'Trình tự, cách làm',
    where: 'Nơi nộp', processing_time: 'Thời hạn giải quyết', fees: 'Phí, lệ phí', result: 'Kết quả',
    forms: 'Mẫu đơn, tờ khai', legal_basis: 'Căn cứ pháp lý'
  };

  class AdminError extends Error {
    constructor(status, body) {
      super(body && body.message ? body.message : 'Lỗi ' + status);
      this.status = status;
      this.code = body && body.error;
      this.body = body;
    }
  }

  /** A request to the admin API; a JSON body is sent as JSON. Refusals throw an AdminError with the JSON error. */
  async function request(path, options) {
    const init = Object.assign({ method: 'GET', cache: 'no-store', credentials: 'same-origin' }, options || {});
    init.headers = { Accept: 'application/json' };
    if (init.json !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(init.json);
      delete init.json;
    }
    const response = await fetch(API + path, init);
    if (!response.ok) {
      let body = null;
      try { body = await response.json(); } catch (e) { /* not JSON: the status says enough */ }
      throw new AdminError(response.status, body);
    }
    return response;
  }

  async function json(path, options) {
    const response = await request(path, options);
    return response.status === 204 ? null : response.json();
  }

  const $ = (id) => document.getElementById(id);

  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  function button(text, onClick, className) {
    const node = el('button', text, className);
    node.type = 'button';
    node.addEventListener('click', (event) => { event.stopPropagation(); onClick(event); });
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  function time(iso) {
    return iso ? new Date(iso).toLocaleString('vi-VN', { timeZone: ZONE }) : '';
  }

  function percent(ratio) {
    return ratio === null || ratio === undefined ? '–' : (ratio * 100).toFixed(1).replace('.', ',') + ' %';
  }

  /** The chosen period (and any other non-empty parameters) as a query string. */
  function periodQuery(extra) {
    const query = new URLSearchParams();
    if ($('from').value) query.set('from', $('from').value);
    if ($('to').value) query.set('to', $('to').value);
    Object.entries(extra || {}).forEach(([k, v]) => { if (v !== null && v !== undefined && v !== '') query.set(k, v); });
    return '?' + query.toString();
  }

  /** A table row that opens something on click, Enter or Space. */
  function clickableRow(cells, onOpen) {
    const row = el('tr');
    row.tabIndex = 0;
    cells.forEach((cell) => row.appendChild(el('td', cell)));
    row.addEventListener('click', () => onOpen(row));
    row.addEventListener('keydown', (event) => {
      if (event.target === row && (event.key === 'Enter' || event.key === ' ')) { event.preventDefault(); onOpen(row); }
    });
    return row;
  }

  function select(row) {
    row.parentNode.querySelectorAll('tr.selected').forEach((r) => r.classList.remove('selected'));
    row.classList.add('selected');
  }

  function pager(container, page, onPage) {
    clear(container);
    const last = Math.max(0, Math.ceil(page.total / page.size) - 1);
    const previous = button('Trang trước', () => onPage(page.page - 1));
    previous.disabled = page.page === 0;
    const next = button('Trang sau', () => onPage(page.page + 1));
    next.disabled = page.page >= last;
    container.appendChild(previous);
    container.appendChild(el('span', 'Trang ' + (page.page + 1) + '/' + (last + 1) + ' – ' + page.total + ' mục'));
    container.appendChild(next);
  }

  /** Shows a refusal in {@code target}; a lost session sends the page back to the login. */
  function report(target, error) {
    if (error instanceof AdminError && error.status === 401) {
      document.dispatchEvent(new CustomEvent('dvc-admin-logged-out'));
      return;
    }
    target.className = 'error';
    target.textContent = error.message;
  }

  window.DvcAdmin = {
    API, ASPECTS, AdminError, request, json, $, el, button, clear, time, percent, periodQuery, clickableRow, select, pager, report
  };
}());
