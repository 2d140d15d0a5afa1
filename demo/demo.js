// Shows what the demo form would submit (a real course site would post it).
const form = document.getElementById('demo-form');
const output = document.getElementById('demo-output');
form?.addEventListener('submit', (event) => {
  event.preventDefault();
  const entries = [...new FormData(form)].map(([name, value]) => `${name} = ${value}`);
  output.textContent = entries.length ? `Would submit: ${entries.join(', ')}` : 'Nothing to submit yet.';
});
form?.addEventListener('reset', () => {
  output.textContent = '';
});
