/*
 * Staff close the loop: edit a guide in the page (checked, previewed, saved over the revision opened) and assign a
 * question to the procedure it should have got. Both go through the admin API, which validates before storing and
 * puts the change in service on every instance.
 */
(function () {
  'use strict';

  const { ASPECTS, AdminError, json, $, el, button, clear, time, report } = window.DvcAdmin;
  const editing = { path: null, revision: 0 };
  const assigning = { question: null, procedureId: null };

  function result(id, text, className) {
    $(id).className = className || '';
    $(id).textContent = text;
  }

  async function loadFiles() {
    const files = await json('/knowledge-base/files');
    const list = $('guide-file');
    const chosen = list.value;
    clear(list);
    files.forEach((file) => {
      const option = el('option', file.path + (file.revision > 0 ? ' (bản ' + file.revision + ', ' + file.changedBy + ')' : ''));
      option.value = file.path;
      list.appendChild(option);
    });
    if (chosen) list.value = chosen;
  }

  async function open(path) {
    const file = await json('/knowledge-base/files/' + path);
    editing.path = file.path;
    editing.revision = file.revision;
    $('guide-text').value = file.content;
    $('guide-editor').hidden = false;
    result('guide-result', file.revision > 0 ? 'Bản ' + file.revision + ' do ' + file.changedBy + ' lưu lúc ' + time(file.changedAt) + '.'
      : 'Bản trong thư mục cơ sở tri thức, chưa sửa qua trang này.', 'hint');
    $('guide-line').textContent = '';
    clear($('guide-preview-area'));
  }

  /** Selects a 1-based line of the text and scrolls the box to it. */
  function selectLine(line) {
    const area = $('guide-text');
    const lines = area.value.split('\n');
    const target = Math.min(Math.max(line, 1), lines.length);
    const start = lines.slice(0, target - 1).reduce((n, l) => n + l.length + 1, 0);
    area.focus();
    area.setSelectionRange(start, start + lines[target - 1].length);
    area.scrollTop = Math.max(0, (target - 3) * (area.scrollHeight / lines.length));
  }

  /** Puts the caret on the line the check refused, so the editor sees it. */
  function pointAt(line) {
    selectLine(line);
    $('guide-line').textContent = 'Lỗi ở dòng ' + line;
  }

  /** Opens a guide at the section an answer came from (a link of a conversation's turn). */
  async function openAt(path, aspect) {
    if (!Array.from($('guide-file').options).some((option) => option.value === path)) await loadFiles();
    $('guide-file').value = path;
    await open(path);
    $('guide-editor').scrollIntoView();
    const line = $('guide-text').value.split('\n').indexOf('## ' + aspect) + 1;
    if (line > 0) selectLine(line);
  }

  function refused(e) {
    if (e instanceof AdminError && e.status === 422) {
      result('guide-result', e.message, 'error');
      if (e.body && e.body.line > 0) pointAt(e.body.line);
      return;
    }
    if (e instanceof AdminError && e.status === 409 && e.body && e.body.current) {
      const theirs = e.body.current;
      $('guide-mine').value = $('guide-text').value;
      $('guide-conflict').hidden = false;
      $('guide-text').value = theirs.content;
      editing.revision = theirs.revision;
      result('guide-result', theirs.changedBy + ' đã lưu bản ' + theirs.revision + ' lúc ' + time(theirs.changedAt)
        + ' sau khi bạn mở. Ô sửa nay là bản của họ; bản của bạn ở bên dưới để chép lại phần cần giữ rồi lưu.', 'error');
      return;
    }
    report($('guide-result'), e);
  }

  /** "Thời hạn: 03 ngày làm việc": the short lead before the colon in bold, as the widget shows an item. */
  function item(text) {
    const node = el('li');
    const lead = /^([^:]{2,40}):\s/.exec(text);
    if (!lead || /https?$/.test(lead[1])) {
      node.textContent = text;
      return node;
    }
    node.appendChild(el('strong', lead[1] + ':'));
    node.appendChild(document.createTextNode(text.slice(lead[1].length + 1)));
    return node;
  }

  /** A section's blocks as the widget lays out an answer: paragraphs, bulleted lists, numbered steps. */
  function blocks(list) {
    const body = el('div', null, 'reply preview-blocks');
    list.forEach((block) => {
      if (Array.isArray(block.items)) {
        const items = el(block.kind === 'steps' ? 'ol' : 'ul');
        block.items.forEach((text) => items.appendChild(item(text)));
        body.appendChild(items);
      } else {
        body.appendChild(el('p', block.text));
      }
    });
    return body;
  }

  function showPreview(preview) {
    const area = $('guide-preview-area');
    clear(area);
    preview.sections.forEach((section) => {
      const card = el('article', null, 'preview-section');
      card.appendChild(el('h3', section.heading));
      card.appendChild(blocks(section.blocks));
      if (section.examples.length) card.appendChild(el('div', 'Câu hỏi mẫu: ' + section.examples.join(' · '), 'meta'));
      area.appendChild(card);
    });
  }

  async function preview() {
    $('guide-line').textContent = '';
    try {
      showPreview(await json('/knowledge-base/preview', { method: 'POST', json: { path: editing.path, content: $('guide-text').value } }));
      result('guide-result', 'Hợp lệ. Xem trước từng phần bên dưới, chưa lưu.', 'ok');
    } catch (e) {
      refused(e);
    }
  }

  async function save() {
    $('guide-line').textContent = '';
    try {
      const saved = await json('/knowledge-base/files/' + editing.path, { method: 'PUT',
        json: { content: $('guide-text').value, revision: editing.revision, reason: $('guide-reason').value || null } });
      editing.revision = saved.revision;
      $('guide-conflict').hidden = true;
      result('guide-result', 'Đã lưu bản ' + saved.revision + ' lúc ' + time(saved.changedAt)
        + '. Trợ lý trả lời theo nội dung mới trên mọi máy chủ sau vài giây.', 'ok');
      await loadFiles();
    } catch (e) {
      refused(e);
    }
  }

  function startAssigning(group) {
    assigning.question = group.example;
    assigning.procedureId = null;
    $('assign').hidden = false;
    $('assign-question').textContent = group.example;
    $('assign-search').value = '';
    $('assign-chosen').textContent = 'chưa chọn';
    $('assign-submit').disabled = true;
    clear($('assign-results'));
    result('assign-result', '');
    $('assign-search').focus();
  }

  async function search() {
    const found = await json('/procedures?q=' + encodeURIComponent($('assign-search').value));
    const list = $('assign-results');
    clear(list);
    if (found.length === 0) list.appendChild(el('li', 'Không tìm thấy thủ tục nào.', 'hint'));
    found.forEach((procedure) => {
      const item = el('li');
      item.appendChild(button((procedure.kind === 'guide' ? 'Hướng dẫn: ' : 'Thủ tục quốc gia ' + procedure.code + ': ') + procedure.name, () => {
        assigning.procedureId = procedure.id;
        $('assign-chosen').textContent = procedure.name + ' (' + procedure.id + ')';
        $('assign-submit').disabled = false;
      }, 'link'));
      list.appendChild(item);
    });
  }

  async function assign() {
    try {
      const done = await json('/questions/assign', { method: 'POST',
        json: { question: assigning.question, procedureId: assigning.procedureId, aspect: $('assign-aspect').value || null } });
      result('assign-result', 'Đã gán “' + done.question + '” cho ' + done.procedureId + (done.aspect ? ' / ' + ASPECTS[done.aspect] : '')
        + ' (' + done.path + ', bản ' + done.revision + ').', 'ok');
      document.dispatchEvent(new CustomEvent('dvc-questions-changed'));
      await loadFiles();
    } catch (e) {
      report($('assign-result'), e);
    }
  }

  function attempt(promise, target) {
    promise.catch((e) => report($(target), e));
  }

  document.addEventListener('DOMContentLoaded', () => {
    const aspect = $('assign-aspect');
    Object.entries(ASPECTS).forEach(([key, label]) => {
      const option = el('option', label);
      option.value = key;
      aspect.appendChild(option);
    });
    document.addEventListener('dvc-admin-entered', () => attempt(loadFiles(), 'guide-result'));
    document.addEventListener('dvc-assign', (event) => startAssigning(event.detail));
    document.addEventListener('dvc-open-guide', (event) => attempt(openAt(event.detail.path, event.detail.aspect), 'guide-result'));
    $('guide-open').addEventListener('click', () => attempt(open($('guide-file').value), 'guide-result'));
    $('guide-preview').addEventListener('click', () => preview());
    $('guide-save').addEventListener('click', () => save());
    $('assign-search-form').addEventListener('submit', (event) => { event.preventDefault(); attempt(search(), 'assign-result'); });
    $('assign-submit').addEventListener('click', () => assign());
    $('assign-cancel').addEventListener('click', () => { $('assign').hidden = true; });
  });
}());
