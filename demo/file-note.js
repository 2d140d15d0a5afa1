// A page of site/ (or demo/) opened from disk, by double-clicking it, has a
// file: address: browsers run no module scripts there, so the widgets and the
// builder stay empty with nothing to say why. This says why, and what to do.
// A classic script, because classic scripts still run from file:, and an
// external one, so the pages stay clean under a strict Content-Security-Policy.
if (location.protocol === 'file:') {
  const note = document.createElement('p');
  note.className = 'file-note';
  note.setAttribute('role', 'note');
  // text and <code>, alternately
  const parts = [
    'This page was opened from your disk (its address starts with ',
    'file:',
    '), where browsers do not run its scripts: the widgets and the snippet builder stay empty. Open it from a web server instead: upload the ',
    'site/',
    ' folder to your web space, or run ',
    'npm start',
    ' in the project, or in the ',
    'site/',
    ' folder run ',
    'npx http-server',
    ' or ',
    'python3 -m http.server',
    ' and open the address it prints.',
  ];
  note.append(
    ...parts.map((text, index) => {
      if (index % 2 === 0) return text;
      const code = document.createElement('code');
      code.textContent = text;
      return code;
    }),
  );
  (document.querySelector('main') ?? document.body).prepend(note);
}
