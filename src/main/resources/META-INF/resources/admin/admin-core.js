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

  /** Shows a refusal in {@code target}; a lost session sends the page back to the login. */
  function report(target, error) {
    if (error instanceof AdminError && error.status === 401) {
      document.dispatchEvent(new CustomEvent('dvc-admin-logged-out'));
      return;
    }
    target.className = 'error';
    target.textContent = error.message;
  }

  window.DvcAdmin = { API, ASPECTS, AdminError, request, json, $, el, button, clear, time, report };
}());
