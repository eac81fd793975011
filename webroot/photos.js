/*
 * An article's photo in a copy of the page's <img> (the lead's figure, a card's thumbnail): its sizes in srcset, the
 * largest as src, its width and height (so the box is kept before it loads) and its alt text, as photo.jte writes them.
 * The photo is as the API gives it: {id, width, height, alt, caption, credit, sizes: [{width, height, url}]}.
 */

export function fillPhoto(img, photo) {
  const srcset = photo.sizes.map((s) => s.url + ' ' + s.width + 'w').join(', ');
  if (img.getAttribute('srcset') === srcset) {
    return;
  }
  img.width = photo.width;
  img.height = photo.height;
  img.alt = photo.alt || '';
  img.srcset = srcset;
  img.src = photo.sizes[photo.sizes.length - 1].url;
}
